package com.edutrack.platform.pagination;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.FetchParent;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * The one list mechanism of the school API: filters, {@code search} (case-insensitive "contains"
 * over several attributes, OR-ed) and DRF's {@code ordering} ({@code name}, {@code -created_at},
 * comma lists) over an entity, returned as a {@link Page}. A count query and a page query run;
 * to-one associations named in {@link #fetch} are joined into the page query, so a page costs the
 * same number of statements whatever its size. The id is always the last sort key so pages are
 * stable.
 */
public final class ListQuery<E> {
    /** A condition on the root, built anew for the count and the page query. */
    @FunctionalInterface
    public interface Condition<E> {
        Predicate build(CriteriaBuilder cb, Root<E> root);
    }

    private final EntityManager em;
    private final Class<E> type;
    private final List<Condition<E>> conditions = new ArrayList<>();
    private final List<String> fetches = new ArrayList<>();
    private final List<String> orderPaths = new ArrayList<>();
    private final List<Boolean> orderAscending = new ArrayList<>();

    private ListQuery(EntityManager em, Class<E> type) {
        this.em = em;
        this.type = type;
    }

    public static <E> ListQuery<E> of(EntityManager em, Class<E> type) {
        return new ListQuery<>(em, type);
    }

    public ListQuery<E> where(Condition<E> condition) {
        conditions.add(condition);
        return this;
    }

    /** {@code path = value}, skipped when the value is null (no filter given). */
    public ListQuery<E> equal(String path, Object value) {
        if (value != null) {
            conditions.add((cb, root) -> cb.equal(path(root, path), value));
        }
        return this;
    }

    /** {@code path in values}; an empty collection matches nothing. */
    public ListQuery<E> in(String path, Collection<?> values) {
        if (values != null) {
            conditions.add((cb, root) -> values.isEmpty() ? cb.disjunction() : path(root, path).in(values));
        }
        return this;
    }

    public ListQuery<E> search(String term, String... paths) {
        if (term != null && !term.isBlank()) {
            String pattern = "%" + term.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add((cb, root) -> {
                List<Predicate> any = new ArrayList<>();
                for (String p : paths) {
                    Expression<String> text = leftPath(root, p).as(String.class);
                    any.add(cb.like(cb.lower(text), pattern, '\\'));
                }
                return cb.or(any.toArray(Predicate[]::new));
            });
        }
        return this;
    }

    /**
     * Applies DRF's {@code ordering} parameter: each comma-separated name (with an optional
     * leading '-') must be a key of {@code allowed} (parameter name to attribute path); unknown
     * names are ignored, as DRF does. Without a usable value, {@code defaults} apply.
     */
    public ListQuery<E> ordering(String ordering, Map<String, String> allowed, String... defaults) {
        boolean any = false;
        if (ordering != null) {
            for (String part : ordering.split(",")) {
                String name = part.trim();
                boolean desc = name.startsWith("-");
                String key = desc ? name.substring(1) : name;
                if (allowed.containsKey(key)) {
                    orderPaths.add(allowed.get(key));
                    orderAscending.add(!desc);
                    any = true;
                }
            }
        }
        if (!any) {
            for (String d : defaults) {
                boolean desc = d.startsWith("-");
                orderPaths.add(desc ? d.substring(1) : d);
                orderAscending.add(!desc);
            }
        }
        return this;
    }

    /** To-one associations to load with the page (dotted paths for nested ones). */
    public ListQuery<E> fetch(String... paths) {
        fetches.addAll(List.of(paths));
        return this;
    }

    public Page<E> page(PageRequest request) {
        long total = count();
        if (total == 0 || (!request.all() && request.offset() >= total)) {
            return new Page<>(List.of(), total, request);
        }
        TypedQuery<E> query = em.createQuery(select());
        if (!request.all()) {
            query.setFirstResult(request.offset()).setMaxResults(request.size());
        }
        return new Page<>(query.getResultList(), total, request);
    }

    public List<E> list() {
        return em.createQuery(select()).getResultList();
    }

    private long count() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<E> root = q.from(type);
        q.select(cb.count(root)).where(predicates(cb, root));
        return em.createQuery(q).getSingleResult();
    }

    private CriteriaQuery<E> select() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<E> q = cb.createQuery(type);
        Root<E> root = q.from(type);
        for (String f : fetches) {
            FetchParent<?, ?> parent = root;
            for (String segment : f.split("\\.")) {
                parent = parent.fetch(segment, JoinType.LEFT);
            }
        }
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < orderPaths.size(); i++) {
            Path<?> p = leftPath(root, orderPaths.get(i));
            orders.add(orderAscending.get(i) ? cb.asc(p) : cb.desc(p));
        }
        orders.add(cb.asc(root.get("id")));
        q.select(root).where(predicates(cb, root)).orderBy(orders);
        return q;
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<E> root) {
        return conditions.stream().map(c -> c.build(cb, root)).toArray(Predicate[]::new);
    }

    /** An attribute path through implicit (inner) joins. */
    public static Path<?> path(Root<?> root, String dotted) {
        Path<?> p = root;
        for (String segment : dotted.split("\\.")) {
            p = p.get(segment);
        }
        return p;
    }

    /** An attribute path through left joins, for search and ordering over optional associations. */
    private static Path<?> leftPath(Root<?> root, String dotted) {
        String[] segments = dotted.split("\\.");
        From<?, ?> from = root;
        for (int i = 0; i < segments.length - 1; i++) {
            from = from.join(segments[i], JoinType.LEFT);
        }
        return from.get(segments[segments.length - 1]);
    }
}
