# The two entry points of the README. Each creates .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Huge pages for glibc's large allocations: XLA's CPU backend allocates its step buffers
# afresh on every call, and faulting them in 4 KiB at a time costs ~10% of an SFT step
# (README, Benchmarks). A glibc without the tunable ignores it.
export GLIBC_TUNABLES ?= glibc.malloc.hugetlb=1

.PHONY: demo test clean-venv

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# CPU build of torch first, so nothing resolves a CUDA build (several GB).
	$(PY) -m pip install -q torch==2.13.0 || $(PY) -m pip install -q torch --index-url https://download.pytorch.org/whl/cpu
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(PY) launch/demo.py $(ARGS)

# Two pytest workers (pytest-xdist): the suite's processes leave a core idle about a third
# of the time (20 min -> 15 min on 2 cores); an idle worker takes tests queued for the
# other (worksteal), as a few end-to-end tests take minutes. TEST_WORKERS=0: one process.
TEST_WORKERS ?= 2

test: $(STAMP)
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist worksteal $(ARGS)

clean-venv:
	rm -rf $(VENV)
