package org.hazardledger.service;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.hazardledger.model.Attachment;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.Hazard;
import org.hazardledger.store.AttachmentFiles;
import org.hazardledger.store.StoreSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Photos in the demo: small pictures drawn in code (a wall, a vessel with a valve; before
 * rectification a leak and a warning sign, after it a clean floor and a green tag), each with the
 * hazard's number, attached as 整改前 to a sample of hazards and 整改后 to those rectified.
 */
final class DemoAttachments {

    static final int PHOTOS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(DemoAttachments.class);
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private DemoAttachments() {
    }

    static void attach(StoreSession s, Actor clerk, List<Hazard> hazards, Random rng) {
        long started = System.nanoTime();
        List<Hazard> sample = new ArrayList<>(hazards);
        Collections.shuffle(sample, rng);
        sample = sample.subList(0, Math.min(PHOTOS, sample.size()));
        List<Photo> photos = new ArrayList<>();
        for (Hazard h : sample) {
            Scene scene = Scene.random(rng);
            photos.add(new Photo(h, AttachmentKind.BEFORE, scene, h.registration().foundOn(), 10));
            LocalDate rectified = h.outcome().rectifiedOn();
            if (rectified != null) {
                photos.add(new Photo(h, AttachmentKind.AFTER, scene, rectified, 15));
            }
        }
        // Drawn on every core (each picture depends only on its own inputs), stored in order.
        List<byte[]> pngs = photos.parallelStream().map(Photo::draw).toList();
        AttachmentFiles files = s.attachmentFiles();
        List<Attachment> rows = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            Photo p = photos.get(i);
            AttachmentFiles.Stored stored = files.put(new ByteArrayInputStream(pngs.get(i)));
            Instant at = p.day().atTime(p.hour(), 0).atZone(CHINA).toInstant();
            String name = p.hazard().number() + (p.kind() == AttachmentKind.AFTER ? "-after.png" : "-before.png");
            rows.add(AttachmentOperations.build(s.newId(), at, clerk, AttachmentOwnerKind.HAZARD, p.hazard().id(),
                    p.kind(), stored, name));
        }
        s.attachments().insertAll(rows);
        rows.forEach(a -> AttachmentOperations.audit(s, clerk, a));
        LOG.info("Demo photos: {} attached in {} ms", rows.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private record Photo(Hazard hazard, AttachmentKind kind, Scene scene, LocalDate day, int hour) {
        byte[] draw() {
            return DemoAttachments.draw(hazard.number().toString(), kind == AttachmentKind.AFTER, scene, day);
        }
    }

    /** The colours and the layout of one hazard's pictures: the after photo shows the same place. */
    private record Scene(Color wall, Color floor, Color vessel, int vesselX, int vesselWidth) {
        static Scene random(Random rng) {
            Color wall = new Color(150 + rng.nextInt(80), 150 + rng.nextInt(80), 140 + rng.nextInt(80));
            Color floor = new Color(70 + rng.nextInt(50), 70 + rng.nextInt(50), 70 + rng.nextInt(40));
            Color vessel = Color.getHSBColor(rng.nextFloat(), 0.35f + rng.nextFloat() * 0.3f, 0.55f);
            return new Scene(wall, floor, vessel, 40 + rng.nextInt(90), 90 + rng.nextInt(60));
        }
    }

    /** A picture of a random scene: the benchmark ledger's few shared photos. */
    static byte[] drawRandom(String number, boolean after, Random rng, LocalDate day) {
        return draw(number, after, Scene.random(rng), day);
    }

    static byte[] draw(String number, boolean after, Scene scene, LocalDate day) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(scene.wall());
            g.fillRect(0, 0, WIDTH, 170);
            g.setColor(scene.floor());
            g.fillRect(0, 170, WIDTH, HEIGHT - 170);
            // a vessel on the floor, a pipe to the right with a valve
            g.setColor(scene.vessel());
            g.fillRoundRect(scene.vesselX(), 60, scene.vesselWidth(), 115, 30, 30);
            g.setColor(scene.vessel().darker());
            g.setStroke(new BasicStroke(10));
            int pipeY = 130;
            int pipeStart = scene.vesselX() + scene.vesselWidth();
            g.drawLine(pipeStart, pipeY, WIDTH, pipeY);
            int valveX = Math.min(pipeStart + 40, WIDTH - 40);
            g.setColor(new Color(40, 40, 40));
            g.fillRect(valveX - 8, pipeY - 14, 16, 28);
            if (after) {
                g.setColor(new Color(46, 125, 50));
                g.fillRoundRect(valveX - 30, pipeY + 24, 60, 22, 8, 8);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(3));
                g.drawPolyline(new int[]{valveX - 9, valveX - 3, valveX + 9}, new int[]{pipeY + 35, pipeY + 41,
                        pipeY + 29}, 3);
            } else {
                g.setColor(new Color(30, 30, 35, 200));
                g.fillOval(valveX - 45, 180, 90, 22);
                g.setColor(new Color(253, 216, 53));
                g.fill(new Polygon(new int[]{30, 52, 8}, new int[]{70, 108, 108}, 3));
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
                g.drawString("!", 27, 104);
            }
            // the caption bar: number and before/after; the day on the floor, as a camera stamps it
            g.setColor(new Color(0, 0, 0, 150));
            g.fillRect(0, 0, WIDTH, 26);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.setColor(Color.WHITE);
            g.drawString(number, 8, 18);
            String label = after ? "AFTER" : "BEFORE";
            g.setColor(after ? new Color(165, 214, 167) : new Color(255, 171, 145));
            g.drawString(label, WIDTH - 8 - g.getFontMetrics().stringWidth(label), 18);
            g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 13));
            g.setColor(new Color(255, 200, 80));
            String stamp = day.toString();
            g.drawString(stamp, WIDTH - 8 - g.getFontMetrics().stringWidth(stamp), HEIGHT - 8);
        } finally {
            g.dispose();
        }
        try {
            return Thumbnails.png(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
