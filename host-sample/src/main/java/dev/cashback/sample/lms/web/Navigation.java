package dev.cashback.sample.lms.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

/** The navigation bar: the platform's own pages, then the plugins' menus the caller may open. */
@Named
@RequestScoped
public class Navigation {

  @Inject SecurityContext security;
  @Inject PluginManifests manifests;

  public List<Menu> getMenus() {
    List<Menu> visible = new ArrayList<>();
    visible.add(single(Messages.text("nav.courses"), "/index.xhtml", null));
    visible.add(single(Messages.text("nav.stores"), "/stores.xhtml", null));
    if (security.isCallerInRole("learner")) {
      visible.add(single(Messages.text("nav.myPurchases"), "/my-purchases.xhtml", "learner"));
    }
    if (security.isCallerInRole("admin")) {
      visible.add(single(Messages.text("nav.purchases"), "/admin/purchases.xhtml", "admin"));
    }
    if (security.getCallerPrincipal() != null) {
      visible.add(single(Messages.text("nav.account"), "/account.xhtml", null));
      visible.add(single(Messages.text("nav.devMailbox"), "/dev-mailbox.xhtml", null));
    }
    for (Menu menu : manifests.menus(Languages.current(FacesContext.getCurrentInstance()))) {
      List<MenuEntry> allowed =
          menu.entries().stream().filter(e -> security.isCallerInRole(e.role())).toList();
      if (!allowed.isEmpty()) {
        visible.add(new Menu(menu.label(), menu.role(), allowed));
      }
    }
    return visible;
  }

  public String getUserName() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  private static Menu single(String label, String page, String role) {
    return new Menu(label, role, List.of(new MenuEntry(label, page, role)));
  }
}
