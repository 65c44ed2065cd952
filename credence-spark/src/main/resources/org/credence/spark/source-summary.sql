-- Credence: per-source summary of AnalyzeJob's output (Spark SQL).
--
-- Reads the view `credence_rows` (one row per input record, the columns of SummarySchema) and
-- gives one row per source, the sources with most articles first:
--   source            the record's source; '(none)' where the record named none (error rows
--                     of unreadable lines have none)
--   articles          input records of that source, error rows included
--   errors            of which error rows (not read or not analysed)
--   meanScores        score id -> mean calibrated probability over the records that have one
--                     (a score that could not judge a record is null there and left out)
--   meanSignalScores  signal id -> mean signal score, likewise
--   topSignals        the five signals that fired in most of the source's articles, as
--                     (signal, articles), most first, ties by signal id
WITH records AS (
  SELECT CASE WHEN source IS NULL OR source = '' THEN '(none)' ELSE source END AS source,
         status, scores, signalScores, signalsFired
  FROM credence_rows
),
counts AS (
  SELECT source, count(*) AS articles, count_if(status = 'error') AS errors
  FROM records
  GROUP BY source
),
score_means AS (
  SELECT source, map_from_entries(array_sort(collect_list(struct(id, mean)))) AS meanScores
  FROM (SELECT source, s.id, avg(s.value) AS mean
        FROM records LATERAL VIEW explode(scores) s AS id, value
        GROUP BY source, s.id)
  WHERE mean IS NOT NULL
  GROUP BY source
),
signal_means AS (
  SELECT source, map_from_entries(array_sort(collect_list(struct(id, mean)))) AS meanSignalScores
  FROM (SELECT source, s.id, avg(s.value) AS mean
        FROM records LATERAL VIEW explode(signalScores) s AS id, value
        GROUP BY source, s.id)
  WHERE mean IS NOT NULL
  GROUP BY source
),
signal_counts AS (
  SELECT source, f.signal, count(*) AS articles
  FROM records LATERAL VIEW explode(signalsFired) f AS signal
  GROUP BY source, f.signal
),
top_signals AS (
  SELECT source,
         slice(array_sort(collect_list(named_struct('signal', signal, 'articles', articles)),
                          (l, r) -> CASE WHEN l.articles > r.articles THEN -1
                                         WHEN l.articles < r.articles THEN 1
                                         WHEN l.signal < r.signal THEN -1
                                         WHEN l.signal > r.signal THEN 1
                                         ELSE 0 END), 1, 5) AS topSignals
  FROM signal_counts
  GROUP BY source
)
SELECT c.source, c.articles, c.errors,
       coalesce(m.meanScores, CAST(map() AS map<string, double>)) AS meanScores,
       coalesce(g.meanSignalScores, CAST(map() AS map<string, double>)) AS meanSignalScores,
       coalesce(t.topSignals, CAST(array() AS array<struct<signal: string, articles: bigint>>)) AS topSignals
FROM counts c
LEFT JOIN score_means m ON m.source = c.source
LEFT JOIN signal_means g ON g.source = c.source
LEFT JOIN top_signals t ON t.source = c.source
ORDER BY c.articles DESC, c.source
