package dev.cashback.plugin.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list filtered by what a page or an API call asks for, read a page at a time, and its count: the
 * one way the repositories build a filtered query. Each condition is added only when its value is
 * given, and is written once for both languages: as JPQL over the entity's fields (named
 * parameters) and, for counts JPQL cannot express (one that stops early, one over groups), as SQL
 * over the table's columns (positional parameters).
 */
final class FilteredQuery {

  /**
   * A filterable field: its JPQL path ({@code "t.userId"}) and its column ({@code "t.user_id"}).
   */
  record Field(String path, String column) {

    /** A field only JPQL reads (its query is never counted in SQL). */
    static Field jpql(String path) {
      return new Field(path, null);
    }
  }

  private final EntityManager em;
  private final String entity;
  private final String table;
  private final List<String> jpql = new ArrayList<>();
  private final List<String> sql = new ArrayList<>();
  private final Map<String, Object> named = new LinkedHashMap<>();
  private final List<Object> positional = new ArrayList<>();

  private FilteredQuery(EntityManager em, String entity, String table) {
    this.em = em;
    this.entity = entity;
    this.table = table;
  }

  /**
   * A query over {@code entity} with its alias ({@code "Referral r"}) and, for the SQL counts, the
   * table with the same alias ({@code "cb_referral r"}; null when it is never counted in SQL).
   */
  static FilteredQuery over(EntityManager em, String entity, String table) {
    return new FilteredQuery(em, entity, table);
  }

  /** {@code field operator value}, e.g. {@code where(STATUS, "=", status)}; none when null. */
  FilteredQuery where(Field field, String operator, Object value) {
    if (value != null) {
      String parameter = parameter(value);
      jpql.add(field.path() + " " + operator + " :" + parameter);
      sql.add(field.column() + " " + operator + " ?");
      positional.add(value);
    }
    return this;
  }

  /**
   * Any of {@code fields} starts with {@code text}, in any case, where typed %, _ and \ match only
   * themselves (a prefix, so an index on the lower-cased column can serve it); none when null.
   */
  FilteredQuery startsWith(String text, Field... fields) {
    if (text != null) {
      String pattern = LikePatterns.startsWith(text);
      String parameter = parameter(pattern);
      List<String> anyJpql = new ArrayList<>();
      List<String> anySql = new ArrayList<>();
      for (Field field : fields) {
        anyJpql.add("LOWER(" + field.path() + ") LIKE :" + parameter + " ESCAPE '\\'");
        anySql.add("LOWER(" + field.column() + ") LIKE ? ESCAPE '\\'");
        positional.add(pattern);
      }
      jpql.add(any(anyJpql));
      sql.add(any(anySql));
    }
    return this;
  }

  /** A condition without a value (a subquery, say), written in both languages; none when false. */
  FilteredQuery when(boolean wanted, String jpqlCondition, String sqlCondition) {
    if (wanted) {
      jpql.add(jpqlCondition);
      sql.add(sqlCondition);
    }
    return this;
  }

  /**
   * Keyset paging on a newest-first order by {@code at}, then {@code id}: only the rows after the
   * one with this {@code at} and {@code id}.
   */
  FilteredQuery before(Field at, Field id, Object atValue, Object idValue) {
    String atParameter = parameter(atValue);
    String idParameter = parameter(idValue);
    jpql.add(
        "("
            + at.path()
            + " < :"
            + atParameter
            + " OR ("
            + at.path()
            + " = :"
            + atParameter
            + " AND "
            + id.path()
            + " < :"
            + idParameter
            + "))");
    sql.add("(" + at.column() + " < ? OR (" + at.column() + " = ? AND " + id.column() + " < ?))");
    positional.add(atValue);
    positional.add(atValue);
    positional.add(idValue);
    return this;
  }

  /** One page of the entities, in {@code orderBy}. */
  <T> List<T> page(Class<T> type, String orderBy, int first, int max) {
    return page(alias(), type, " ORDER BY " + orderBy, first, max);
  }

  /**
   * One page of {@code select} (e.g. a constructor expression) over the filtered rows, followed by
   * {@code tail} (GROUP BY, ORDER BY).
   */
  <T> List<T> page(String select, Class<T> type, String tail, int first, int max) {
    TypedQuery<T> query =
        em.createQuery("SELECT " + select + " FROM " + entity + where(jpql) + tail, type);
    named.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  /** How many entities the filter selects. */
  long count() {
    TypedQuery<Long> query =
        em.createQuery("SELECT COUNT(" + alias() + ") FROM " + entity + where(jpql), Long.class);
    named.forEach(query::setParameter);
    return query.getSingleResult();
  }

  /**
   * How many rows the filter selects, counted no further than {@code atMost}, inside the database:
   * a list of a million rows needs no exact total to page through it, and no rows travel to be
   * counted.
   */
  long countAtMost(int atMost) {
    return countSql("SELECT 1 FROM " + table + where(sql) + " LIMIT " + atMost);
  }

  /** How many groups of {@code columns} the filter selects. */
  long countGroups(String columns) {
    return countSql("SELECT 1 FROM " + table + where(sql) + " GROUP BY " + columns);
  }

  private long countSql(String rows) {
    Query query = em.createNativeQuery("SELECT COUNT(*) FROM (" + rows + ") counted");
    int i = 1;
    for (Object value : positional) {
      query.setParameter(i++, value instanceof Enum<?> constant ? constant.name() : value);
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  private String parameter(Object value) {
    String name = "p" + (named.size() + 1);
    named.put(name, value);
    return name;
  }

  private String alias() {
    return entity.substring(entity.lastIndexOf(' ') + 1);
  }

  private static String any(List<String> conditions) {
    return conditions.size() == 1 ? conditions.get(0) : "(" + String.join(" OR ", conditions) + ")";
  }

  private static String where(List<String> conditions) {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }
}
