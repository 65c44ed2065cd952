-- Credence: per-source summary of AnalyzeJob's output (Spark SQL), the same aggregate as
-- `credence summarize` on one machine (org.credence.report.SourceSummary: same columns, same
-- meaning, same order of rows).
--
-- Reads the view `credence_rows` (one row per input record, the batch output's columns) and
-- gives one row per source, the sources with most records first, then by source:
--   source              the record's source; empty for rows without one (error rows of
--                       records that could not be read have none)
--   records             rows of that source
--   articles            of which rows with status ok or partial
--   errors              of which rows with status error
--   mean_scores         score id -> mean calibrated probability over the source's articles,
--                       leaving out values that could not be computed (null); null when all were
--   mean_signal_scores  signal id -> mean signal score, likewise
--   signals_fired       signal id -> how many of the source's articles it fired on
--   top_signals         the three signals that fired on most articles, count descending then id
WITH records AS (
  SELECT coalesce(source, '') AS source, status = 'error' AS error, scores, signal_scores, signals_fired
  FROM credence_rows
),
articles AS (
  SELECT * FROM records WHERE NOT error
),
counts AS (
  SELECT source, count(*) AS records, count_if(error) AS errors
  FROM records
  GROUP BY source
),
score_means AS (
  SELECT source, map_from_entries(array_sort(collect_list(struct(id, mean)))) AS mean_scores
  FROM (SELECT source, s.id, avg(s.value) AS mean
        FROM articles LATERAL VIEW explode(scores) s AS id, value
        GROUP BY source, s.id)
  GROUP BY source
),
signal_means AS (
  SELECT source, map_from_entries(array_sort(collect_list(struct(id, mean)))) AS mean_signal_scores
  FROM (SELECT source, s.id, avg(s.value) AS mean
        FROM articles LATERAL VIEW explode(signal_scores) s AS id, value
        GROUP BY source, s.id)
  GROUP BY source
),
signal_counts AS (
  SELECT source, f.signal, count(*) AS n
  FROM articles LATERAL VIEW explode(signals_fired) f AS signal
  GROUP BY source, f.signal
),
fired AS (
  SELECT source,
         map_from_entries(array_sort(collect_list(struct(signal, n)))) AS signals_fired,
         transform(slice(array_sort(collect_list(struct(signal, n)),
                                    (l, r) -> CASE WHEN l.n > r.n THEN -1
                                                   WHEN l.n < r.n THEN 1
                                                   WHEN l.signal < r.signal THEN -1
                                                   WHEN l.signal > r.signal THEN 1
                                                   ELSE 0 END), 1, 3), x -> x.signal) AS top_signals
  FROM signal_counts
  GROUP BY source
)
SELECT c.source, c.records, c.records - c.errors AS articles, c.errors,
       coalesce(m.mean_scores, CAST(map() AS map<string, double>)) AS mean_scores,
       coalesce(g.mean_signal_scores, CAST(map() AS map<string, double>)) AS mean_signal_scores,
       coalesce(f.signals_fired, CAST(map() AS map<string, bigint>)) AS signals_fired,
       coalesce(f.top_signals, CAST(array() AS array<string>)) AS top_signals
FROM counts c
LEFT JOIN score_means m ON m.source = c.source
LEFT JOIN signal_means g ON g.source = c.source
LEFT JOIN fired f ON f.source = c.source
ORDER BY c.records DESC, c.source
