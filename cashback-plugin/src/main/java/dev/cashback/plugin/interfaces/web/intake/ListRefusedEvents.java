package dev.cashback.plugin.interfaces.web.intake;

import dev.cashback.plugin.application.intake.RefusedEvents;
import dev.cashback.plugin.domain.intake.RefusedEvent;
import dev.cashback.plugin.interfaces.web.shared.FilteredRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The admin's Refused events page: host purchases and refunds and network postbacks the plugin did
 * not apply, with the reason and what was sent, filtered by kind and by an id (event, purchase,
 * user or click).
 */
@Named
@ViewScoped
public class ListRefusedEvents implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RefusedEvents events;

  private RefusedEvent.Kind kind;
  private String id;
  private RefusedEvent selected;

  private final FilteredRows<RefusedEvent> list =
      new FilteredRows<>(
          (first, max) -> events.search(kind, id, first, max),
          () -> events.count(kind, id),
          row -> String.valueOf(row.getId()));

  public FilteredRows<RefusedEvent> getEvents() {
    return list;
  }

  public List<RefusedEvent.Kind> getKinds() {
    return List.of(RefusedEvent.Kind.values());
  }

  public void filter() {
    // the list reads the filter on its next load
  }

  public void reset() {
    kind = null;
    id = null;
  }

  public RefusedEvent.Kind getKind() {
    return kind;
  }

  public void setKind(RefusedEvent.Kind kind) {
    this.kind = kind;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public RefusedEvent getSelected() {
    return selected;
  }

  public void setSelected(RefusedEvent selected) {
    this.selected = selected;
  }
}
