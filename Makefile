# CBO Desk: `make run` opens the app, `make test` runs every test headless.
# Both create .venv with the newest Python 3.11+ found on this computer.

VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Newest first; a candidate counts only if it really starts (pyenv shims may not).
PYTHON_CANDIDATES := python3.14 python3.13 python3.12 python3.11 \
	$(sort $(wildcard $(HOME)/.pyenv/versions/3.1[1-9]*/bin/python3)) python3

.PHONY: run test test-core bench forms translations check clean

run: $(STAMP)
	$(PY) -m cbodesk

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test-core: $(STAMP)
	$(PY) -m pytest -m "not gui"

bench: $(STAMP)
	$(PY) bench/run.py

# Regenerate cbodesk/gui/forms/ui_*.py from ui/*.ui (commit the result).
forms: $(STAMP)
	$(PY) -m cbodesk.devtools forms

# Update resources/translations/*.ts from the sources, then compile the .qm files.
translations: $(STAMP)
	$(PY) -m cbodesk.devtools translations

$(PY):
	@best=""; bestv=0; \
	for c in $(PYTHON_CANDIDATES); do \
	  v=$$($$c -c 'import sys, venv; v=sys.version_info; print(v[0]*100+v[1] if v >= (3, 11) else 0)' 2>/dev/null) || continue; \
	  if [ "$$v" -gt "$$bestv" ]; then best=$$c; bestv=$$v; fi; \
	done; \
	if [ -z "$$best" ]; then echo "CBO Desk needs Python 3.11 or newer; none was found." >&2; exit 1; fi; \
	echo "Creating $(VENV) with $$best ($$($$best --version))"; \
	$$best -m venv $(VENV)

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
