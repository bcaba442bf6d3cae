package org.hazardledger.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time tool: compiles every {@code .jrxml} in a folder to {@code .jasper}. JasperReports 7
 * needs a Java compiler for this, which the shipped runtime does not have, so the build runs it
 * (exec-maven-plugin, process-classes) and the product only loads {@code .jasper} files.
 */
public final class ReportCompiler {

    private ReportCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ReportCompiler SOURCE_DIR TARGET_DIR");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> sources;
        try (Stream<Path> files = Files.list(source)) {
            sources = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path jrxml : sources) {
            String name = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            JasperCompileManager.compileReportToFile(jrxml.toString(), target.resolve(name).toString());
        }
    }
}
