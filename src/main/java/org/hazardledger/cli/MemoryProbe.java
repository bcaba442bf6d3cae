package org.hazardledger.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory figures a benchmark reports. Peak heap is sampled every few milliseconds while the probe
 * runs (the per-pool peaks of the MXBeans add up pools that peak at different moments and overstate
 * it); it counts garbage not yet collected, so it is what the heap had to hold, not what the work
 * kept. Peak RSS is the process's high-water mark (VmHWM) where Linux reports it.
 */
final class MemoryProbe implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private MemoryProbe() {
        sampler = new Thread(this::sample, "memory-probe");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling the heap. */
    static MemoryProbe start() {
        return new MemoryProbe();
    }

    private void sample() {
        while (running) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The most heap in use at any sample so far. */
    long peakHeapBytes() {
        return Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed());
    }

    long maxHeapBytes() {
        return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    /** VmHWM from /proc/self/status in bytes, or empty where there is no such file. */
    static OptionalLong peakRssBytes() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return OptionalLong.empty();
        }
        try {
            return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).findFirst();
        } catch (IOException | NumberFormatException e) {
            // a benchmark without the RSS figure is still a benchmark: the report says it is unknown
            return OptionalLong.empty();
        }
    }
}
