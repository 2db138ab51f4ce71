"""Evaluation: association P@k, lexical norms, World Values Survey distributions, reports.

Modules (each one job): ``generations`` (JSONL of model outputs), ``associations``
(parsing and P@k / recall / coverage / Spearman), ``lexical`` (norm loaders and the
model-vs-human comparison), ``values`` (GlobalOpinionQA parsing, distances, scoring),
``stats`` (bootstrap), ``pipeline`` (assembles one run's metrics), ``report``
(metrics.json, Markdown, plots, comparisons). ``launch/evaluate.py`` is the entry point.

Input files of the model-free mode, one JSON object per line:
  generations   {"cue": "dog", "output": "cat, bone, leash"}
  WVS items     {"question": "...", "options": ["Yes", "No"],
                 "selections": {"United States": [0.7, 0.3], "China": [0.4, 0.6]},
                 "source": "WVS"}       (or GlobalOpinionQA's released CSV)
  WVS answers   {"question": "...", "probs": [0.8, 0.2]}
"""
