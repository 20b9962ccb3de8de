package dev.cashback.plugin.interfaces.web.intake;

import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.application.intake.PurchaseFile;
import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.infrastructure.intake.PurchaseImports;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * Cashback → Import purchases: an admin uploads a file of past orders, sees each purchase ready or
 * refused with the reason and its rows, runs the import with a progress bar and reads the result.
 * Importing the same file again changes nothing: every purchase it holds is then a duplicate.
 */
@Named
@ViewScoped
public class ImportPurchases implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest file taken (10,000 purchases of a few lines fit). */
  public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

  @Inject CurrentUser caller;
  @Inject PurchaseImports imports;

  private String fileName;
  private List<PurchaseFile.Entry> entries;
  private String importId;
  private PurchaseImports.Progress result;

  public void upload(FileUploadEvent event) {
    caller.require(CurrentUser.ADMIN);
    importId = null;
    result = null;
    entries = null;
    fileName = event.getFile().getFileName();
    try {
      if (event.getFile().getSize() > MAX_FILE_BYTES) {
        throw new dev.cashback.plugin.application.shared.InvalidInputException(
            "file", "A file is at most 5 MB.");
      }
      entries = PurchaseFile.read(new String(event.getFile().getContent(), StandardCharsets.UTF_8));
      PageMessages.info("message.importRead", fileName, getReady(), getRefused());
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of("file", "upload:file"));
    }
  }

  public void run() {
    String admin = caller.require(CurrentUser.ADMIN);
    List<PurchaseCompleted> ready =
        entries.stream()
            .filter(PurchaseFile.Entry::isReady)
            .map(PurchaseFile.Entry::purchase)
            .toList();
    try {
      importId = imports.start(ready, fileName, admin);
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of());
    }
  }

  /** Where the import stands, in percent (the progress bar polls it). */
  public int getPercent() {
    return importId == null
        ? 0
        : imports
            .progress(importId)
            .map(p -> p.finished() ? 100 : Math.min(99, p.percent()))
            .orElse(0);
  }

  public void finished() {
    result = imports.progress(importId).orElse(null);
    if (result != null) {
      PageMessages.info(
          "message.importDone", result.accepted(), result.duplicates(), result.failed());
    }
  }

  public List<PurchaseFile.Entry> getEntries() {
    return entries;
  }

  public long getReady() {
    return entries == null ? 0 : entries.stream().filter(PurchaseFile.Entry::isReady).count();
  }

  public long getRefused() {
    return entries == null ? 0 : entries.size() - getReady();
  }

  public boolean isRunning() {
    return importId != null && result == null;
  }

  public PurchaseImports.Progress getResult() {
    return result;
  }

  public String getFileName() {
    return fileName;
  }

  public List<String> getColumns() {
    return PurchaseFile.COLUMNS;
  }
}
