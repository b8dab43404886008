package org.jjjpark.enrollment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jjjpark.enrollment.ApplicationChange;
import org.jjjpark.enrollment.ApplicationDeletion;
import org.jjjpark.enrollment.ChangePage;
import org.jjjpark.enrollment.repository.ApplicationChangeRepository;
import org.jjjpark.enrollment.rest.ChangeQuery;

import java.util.Optional;

/**
 * The change feed (Ed-Fi change-query style): applications and their tombstones by change version, never beyond
 * the version {@link ChangeHorizon} can promise, so a client that continues from the last version it read misses
 * nothing.
 */
@ApplicationScoped
public class ChangeFeedService {

    private final ChangeHorizon horizon;
    private final ApplicationChangeRepository feeds;

    @Inject
    public ChangeFeedService(ChangeHorizon horizon, ApplicationChangeRepository feeds) {
        this.horizon = horizon;
        this.feeds = feeds;
    }

    public long newestChangeVersion() {
        return horizon.newestSafeVersion();
    }

    /**
     * The bound is settled before the rows are read: the read's snapshot is then taken after every transaction
     * below the bound has ended, so it sees all of them.
     *
     * @param province empty for every province
     */
    @Transactional
    public ChangePage<ApplicationChange> applications(ChangeQuery query, Optional<String> province) {
        long max = horizon.cap(query.maxChangeVersion());
        return ChangePage.of(feeds.changes(query.minChangeVersion(), max, province, query.limit() + 1),
                query.limit(), max, ApplicationChange::changeVersion);
    }

    /** @param province empty for every province */
    @Transactional
    public ChangePage<ApplicationDeletion> deletions(ChangeQuery query, Optional<String> province) {
        long max = horizon.cap(query.maxChangeVersion());
        return ChangePage.of(feeds.deletions(query.minChangeVersion(), max, province, query.limit() + 1),
                query.limit(), max, d -> d.changeVersion);
    }
}
