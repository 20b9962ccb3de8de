package dev.cashback.sample.lms;

import dev.cashback.sample.lms.model.Store;
import dev.cashback.sample.lms.model.StoreOffer;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Test-only store offers, deployed only with {@link StoreOffersIT}: add a coupon valid through
 * today ({@code add&store=...}, answers its id), let an offer expire yesterday ({@code
 * expire&id=}), remove one ({@code remove&id=}), and look a coupon's id up by its code ({@code
 * find&code=}).
 */
@WebServlet("/test-offers")
public class StoreOffersTestServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  @Resource UserTransaction tx;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try {
      tx.begin();
      try {
        String answer =
            switch (String.valueOf(request.getParameter("action"))) {
              case "add" -> {
                StoreOffer offer =
                    StoreOffer.coupon(
                        em.find(Store.class, request.getParameter("store")),
                        request.getParameter("title"),
                        "Test coupon.",
                        request.getParameter("code"),
                        null,
                        today);
                em.persist(offer);
                em.flush();
                yield offer.getId().toString();
              }
              case "expire" -> {
                em.find(StoreOffer.class, Long.valueOf(request.getParameter("id")))
                    .expireOn(today.minusDays(1));
                yield "";
              }
              case "remove" -> {
                em.remove(em.find(StoreOffer.class, Long.valueOf(request.getParameter("id"))));
                yield "";
              }
              case "find" ->
                  em.createQuery(
                          "SELECT o.id FROM StoreOffer o WHERE o.couponCode = :code", Long.class)
                      .setParameter("code", request.getParameter("code"))
                      .getSingleResult()
                      .toString();
              default -> null;
            };
        tx.commit();
        if (answer == null) {
          response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } else {
          response.getWriter().print(answer);
        }
      } catch (RuntimeException e) {
        tx.rollback();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
