package org.hazardledger.ui.sheetimport;

import org.hazardledger.service.Messages;
import org.hazardledger.sheet.ImportTemplate;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.sheetexport.SheetExportViewModel;

/**
 * 下载导入模板…: asks where to save the blank import template (.xlsx) and writes it in the
 * background, with the categories of this ledger's catalogue; says where it went, or why not.
 */
public final class ImportTemplateDownload {

    private final WorkbenchServices services;
    private final Messages messages;
    private final SheetExportViewModel export;

    public ImportTemplateDownload(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        this.export = new SheetExportViewModel(services);
        export.writtenProperty().addListener((o, was, now) -> {
            if (now != null) {
                services.dialogs().showInformation(messages.get("sheetImport.menu.template"),
                        messages.get("sheetImport.template.saved", now.toAbsolutePath().toString()));
            }
        });
        export.errorProperty().addListener((o, was, now) -> {
            if (now != null && !now.isEmpty()) {
                services.dialogs().showError(messages.get("sheetImport.menu.template"), now);
            }
        });
    }

    /** Asks where, then writes; false when the user cancelled the chooser. */
    public boolean download() {
        return export.export(messages.get("sheetImport.template.fileName"),
                (out, progress) -> ImportTemplate.write(out, services.referenceData().hazardCategories(), messages));
    }

    public SheetExportViewModel export() {
        return export;
    }
}
