package org.hazardledger.report;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.hazardledger.model.Attachment;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.AttachmentPreview;
import org.hazardledger.model.AttachmentStatus;
import org.hazardledger.service.AttachmentService;
import org.hazardledger.service.Messages;

/**
 * The 整改前/整改后 photos a form prints: at most {@link #PER_KIND} pictures of each kind, scaled down
 * (a form cell is a few centimetres wide; a camera's 40 megapixels would only bloat the PDF). The
 * template gets, for slot n of a kind, the picture {@code before1} (null when there is none) and a
 * note {@code before1Note}: 无照片 in the first slot when the hazard has no photo of that kind,
 * 照片缺失 when the file is gone or is not a readable picture. A lost photo never stops the form:
 * the paper is still needed, and the note tells the reader the picture is missing.
 */
final class HazardPhotos {

    static final int PER_KIND = 2;
    /** Pixels on the longer side: sharp enough at the ~4 cm a form cell gives a photo. */
    private static final int MAX_PIXELS = 480;

    private final AttachmentService attachments;
    private final Messages messages;

    HazardPhotos(AttachmentService attachments, Messages messages) {
        this.attachments = attachments;
        this.messages = messages;
    }

    /** The parameters of both kinds: before1, before1Note, before2, …, after2Note. */
    Map<String, Object> both(UUID hazardId) {
        List<Attachment> all = list(hazardId);
        Map<String, Object> p = new LinkedHashMap<>();
        p.putAll(slots(all, AttachmentKind.BEFORE, "before"));
        p.putAll(slots(all, AttachmentKind.AFTER, "after"));
        return p;
    }

    /** The parameters of the 整改前 photos only, and {@code hasBeforePhotos}. */
    Map<String, Object> before(UUID hazardId) {
        List<Attachment> all = list(hazardId);
        Map<String, Object> p = new LinkedHashMap<>(slots(all, AttachmentKind.BEFORE, "before"));
        p.put("hasBeforePhotos", all.stream().anyMatch(a -> a.kind() == AttachmentKind.BEFORE));
        return p;
    }

    private List<Attachment> list(UUID hazardId) {
        // no attachment service (a ledger wired without files): the form prints 无照片
        return attachments == null ? List.of()
                : attachments.list(AttachmentOwnerKind.HAZARD, hazardId).stream().filter(Attachment::isImage).toList();
    }

    private Map<String, Object> slots(List<Attachment> all, AttachmentKind kind, String prefix) {
        List<Attachment> photos = all.stream().filter(a -> a.kind() == kind).limit(PER_KIND).toList();
        Map<String, Object> p = new LinkedHashMap<>();
        for (int slot = 1; slot <= PER_KIND; slot++) {
            Image image = null;
            String note = null;
            if (slot <= photos.size()) {
                image = picture(photos.get(slot - 1));
                note = image == null ? messages.get("report.photo.missing") : null;
            } else if (slot == 1) {
                note = messages.get("report.photo.none");
            }
            p.put(prefix + slot, image);
            p.put(prefix + slot + "Note", note);
        }
        return p;
    }

    /**
     * The scaled picture, or null when the file is missing, damaged or not a picture: the preview
     * reports those in its status rather than throwing, and the slot then prints 照片缺失.
     */
    private Image picture(Attachment a) {
        AttachmentPreview preview = attachments.preview(a, MAX_PIXELS);
        if (preview.status() != AttachmentStatus.PRESENT || preview.thumbnail() == null) {
            return null;
        }
        try {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(preview.thumbnail()));
            return read == null ? null : opaque(read);
        } catch (IOException e) {
            // the preview's PNG came from our own encoder: a failure here is a damaged cache, shown as missing
            return null;
        }
    }

    /** On white, without alpha: the PDF/A exporter then writes a plain RGB image. */
    private static BufferedImage opaque(BufferedImage source) {
        BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
