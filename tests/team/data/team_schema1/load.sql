COPY conflicts FROM '@DIR@/conflicts.csv' (FORMAT 'csv', allow_quoted_nulls false, force_not_null ('root_no', 'rel_key', 'user_key', 'manifest_no', 'root_idx', 'rel', 'decision', 'wins'), quote '"', delimiter ',', header 1);
COPY drop_files FROM '@DIR@/drop_files.csv' (FORMAT 'csv', allow_quoted_nulls false, force_not_null ('status', 'seen_at', 'name'), quote '"', delimiter ',', header 1);
COPY entries FROM '@DIR@/entries.csv' (FORMAT 'csv', allow_quoted_nulls false, force_not_null 'manifest_no', quote '"', delimiter ',', header 1);
COPY losers FROM '@DIR@/losers.csv' (FORMAT 'csv', allow_quoted_nulls false, force_not_null ('manifest_no', 'root_idx', 'rel'), quote '"', delimiter ',', header 1);
COPY manifests FROM '@DIR@/manifests.csv' (FORMAT 'csv', allow_quoted_nulls false, force_not_null ('manifest_id', 'file_name', 'fingerprint', 'created', 'created_ns', 'user_key', 'entries', 'bytes_keep', 'bytes_archive', 'bytes_delete', 'collected_at', 'no'), quote '"', delimiter ',', header 1);
COPY manifest_roots FROM '@DIR@/manifest_roots.csv' (FORMAT 'csv', allow_quoted_nulls false, force_not_null ('manifest_no', 'idx', 'root_no', 'path'), quote '"', delimiter ',', header 1);
COPY meta FROM '@DIR@/meta.csv' (FORMAT 'csv', allow_quoted_nulls false, force_not_null 'key', quote '"', delimiter ',', header 1);
COPY roots FROM '@DIR@/roots.csv' (FORMAT 'csv', allow_quoted_nulls false, force_not_null ('key', 'path', 'no'), quote '"', delimiter ',', header 1);
