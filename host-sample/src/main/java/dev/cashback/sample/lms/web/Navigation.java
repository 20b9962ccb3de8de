package dev.cashback.sample.lms.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The navigation bar: the platform's own pages, then the plugins' menus the caller may open. Built
 * once per request and language: the layout's {@code c:forEach} reads {@link #getMenus} again for
 * every attribute of every menu item it renders, and each build asks the container's authorization
 * about every role, which was a third of a plugin page's render time.
 */
@Named
@RequestScoped
public class Navigation {

  @Inject SecurityContext security;
  @Inject PluginManifests manifests;

  private Locale builtFor;
  private List<Menu> menus;

  public List<Menu> getMenus() {
    Locale language = Languages.current(FacesContext.getCurrentInstance());
    if (menus == null || !language.equals(builtFor)) {
      menus = build(language);
      builtFor = language;
    }
    return menus;
  }

  private List<Menu> build(Locale language) {
    // Each plugin entry names its role; many share one, and each check is dear.
    Map<String, Boolean> holds = new HashMap<>();
    Predicate<String> inRole = role -> holds.computeIfAbsent(role, security::isCallerInRole);
    List<Menu> visible = new ArrayList<>();
    visible.add(single(Messages.text("nav.courses"), "/index.xhtml", null));
    visible.add(single(Messages.text("nav.stores"), "/stores.xhtml", null));
    if (inRole.test("learner")) {
      visible.add(single(Messages.text("nav.myPurchases"), "/my-purchases.xhtml", "learner"));
    }
    if (inRole.test("admin")) {
      visible.add(single(Messages.text("nav.purchases"), "/admin/purchases.xhtml", "admin"));
    }
    if (security.getCallerPrincipal() != null) {
      visible.add(single(Messages.text("nav.account"), "/account.xhtml", null));
      visible.add(single(Messages.text("nav.devMailbox"), "/dev-mailbox.xhtml", null));
    }
    for (Menu menu : manifests.menus(language)) {
      List<MenuEntry> allowed = menu.entries().stream().filter(e -> inRole.test(e.role())).toList();
      if (!allowed.isEmpty()) {
        visible.add(new Menu(menu.label(), menu.role(), allowed));
      }
    }
    return List.copyOf(visible);
  }

  public String getUserName() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  private static Menu single(String label, String page, String role) {
    return new Menu(label, role, List.of(new MenuEntry(label, page, role)));
  }
}
