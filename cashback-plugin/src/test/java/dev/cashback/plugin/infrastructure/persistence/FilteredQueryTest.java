package dev.cashback.plugin.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.domain.accrual.CashbackStatus;
import dev.cashback.plugin.infrastructure.persistence.FilteredQuery.Field;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilteredQueryTest {

  private static final Field STATUS = new Field("t.status", "t.status");
  private static final Field CREATED_AT = new Field("t.createdAt", "t.created_at");
  private static final Field USER_NAME = new Field("t.userName", "t.user_name");
  private static final Field ID = new Field("t.id", "t.id");
  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-01-01T00:00Z");

  /** What the query under test asked the entity manager for. */
  private final List<String> statements = new ArrayList<>();

  private final Map<Object, Object> parameters = new LinkedHashMap<>();
  private final List<Integer> window = new ArrayList<>();

  @Test
  void conditionsAreAddedOnlyForWhatIsGiven() {
    query()
        .where(STATUS, "=", null)
        .startsWith(null, USER_NAME)
        .page(Object.class, "t.id DESC", 40, 20);

    assertThat(statements)
        .containsExactly("SELECT t FROM CashbackTransaction t ORDER BY t.id DESC");
    assertThat(parameters).isEmpty();
    assertThat(window).containsExactly(40, 20);
  }

  @Test
  void jpqlNamesEachValue_andAPrefixMatchesAnyOfItsFieldsInAnyCase() {
    query()
        .where(STATUS, "=", CashbackStatus.PENDING)
        .where(CREATED_AT, ">=", AT)
        .startsWith("Le_a", USER_NAME, ID)
        .count();

    assertThat(statements)
        .containsExactly(
            "SELECT COUNT(t) FROM CashbackTransaction t WHERE t.status = :p1"
                + " AND t.createdAt >= :p2"
                + " AND (LOWER(t.userName) LIKE :p3 ESCAPE '\\' OR LOWER(t.id) LIKE :p3 ESCAPE '\\')");
    assertThat(parameters)
        .containsExactly(
            Map.entry("p1", CashbackStatus.PENDING),
            Map.entry("p2", AT),
            Map.entry("p3", "le\\_a%"));
  }

  @Test
  void theSqlCountsUseTheColumns_positionalValues_andEnumNames() {
    query()
        .where(STATUS, "=", CashbackStatus.CONFIRMED)
        .startsWith("lena", USER_NAME)
        .countAtMost(10_000);
    assertThat(parameters).containsExactly(Map.entry(1, "CONFIRMED"), Map.entry(2, "lena%"));
    query().where(CREATED_AT, "<", AT).countGroups("t.user_id, t.currency");

    assertThat(statements)
        .containsExactly(
            "SELECT COUNT(*) FROM (SELECT 1 FROM cb_transaction t WHERE t.status = ?"
                + " AND LOWER(t.user_name) LIKE ? ESCAPE '\\' LIMIT 10000) counted",
            "SELECT COUNT(*) FROM (SELECT 1 FROM cb_transaction t WHERE t.created_at < ?"
                + " GROUP BY t.user_id, t.currency) counted");
    assertThat(parameters).containsExactly(Map.entry(1, AT));
  }

  @Test
  void keysetPagingContinuesAfterTheLastRowOfANewestFirstOrder() {
    query()
        .before(CREATED_AT, ID, AT, 42L)
        .page(Object.class, "t.createdAt DESC, t.id DESC", 0, 51);

    assertThat(statements)
        .containsExactly(
            "SELECT t FROM CashbackTransaction t WHERE (t.createdAt < :p1"
                + " OR (t.createdAt = :p1 AND t.id < :p2)) ORDER BY t.createdAt DESC, t.id DESC");
    assertThat(parameters).containsExactly(Map.entry("p1", AT), Map.entry("p2", 42L));
  }

  @Test
  void aSelectWithATailServesGroupedLists() {
    query()
        .where(STATUS, "=", CashbackStatus.PENDING)
        .page("t.userId", String.class, " GROUP BY t.userId ORDER BY t.userId", 0, 10);

    assertThat(statements)
        .containsExactly(
            "SELECT t.userId FROM CashbackTransaction t WHERE t.status = :p1"
                + " GROUP BY t.userId ORDER BY t.userId");
  }

  private FilteredQuery query() {
    parameters.clear();
    return FilteredQuery.over(entityManager(), "CashbackTransaction t", "cb_transaction t");
  }

  private EntityManager entityManager() {
    return (EntityManager)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "createQuery", "createNativeQuery" -> {
                  statements.add((String) args[0]);
                  return query(method.getName().equals("createQuery"));
                }
                default -> throw new UnsupportedOperationException(method.getName());
              }
            });
  }

  private Object query(boolean typed) {
    Class<?> type = typed ? TypedQuery.class : Query.class;
    return Proxy.newProxyInstance(
        getClass().getClassLoader(),
        new Class<?>[] {type},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "setParameter" -> {
              parameters.put(args[0], args[1]);
              return proxy;
            }
            case "setFirstResult", "setMaxResults" -> {
              window.add((Integer) args[0]);
              return proxy;
            }
            case "getResultList" -> {
              return List.of();
            }
            case "getSingleResult" -> {
              return 0L;
            }
            default -> throw new UnsupportedOperationException(method.getName());
          }
        });
  }
}
