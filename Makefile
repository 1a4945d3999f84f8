# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The two commands of README.md:
#   make run    install what is missing, build, start Frontdesk on demo data
#   make test   install what is missing, build, run every test headless,
#               then again built with AddressSanitizer and UBSan

BUILD      ?= build
ASAN_BUILD ?= build-asan

BUILD_PACKAGES = meson ninja-build pkg-config gcc libc6-dev gettext \
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libsqlite3-dev libpq-dev \
  libjson-glib-dev libsodium-dev libcairo2-dev libpango1.0-dev \
  libqrencode-dev libcups2-dev libcurl4-openssl-dev libxlsxwriter-dev \
  librime-dev rime-prelude rime-essay rime-data-luna-pinyin \
  libzinnia-dev tegaki-zinnia-simplified-chinese fonts-noto-cjk
TEST_PACKAGES = $(BUILD_PACKAGES) xvfb xauth dbus python3 tzdata \
  cups cups-client cups-ipp-utils cups-filters printer-driver-ptouch \
  poppler-utils zbar-tools python3-aiosmtpd at-spi2-core python3-pyatspi \
  desktop-file-utils appstream postgresql-15 cage grim xwayland

# Installs the Debian packages named in $(1) that are missing: with apt-get
# when run as root, otherwise it prints the command and stops.
define ensure_packages
	@missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null || exit 1; \
	  else \
	    echo "Frontdesk needs these Debian packages. Install them with:"; \
	    echo "  sudo apt-get install$$missing"; \
	    exit 1; \
	  fi; \
	fi
endef

# Runs the suite of build dir $(1) headless with environment $(3) and
# meson test options $(4); prints "$(2): N passed, N failed".  A private
# PostgreSQL server (tests/postgresql.sh) runs meanwhile, for the tests
# that need one and for the pass on that engine.
define run_suite
	@rm -f $(1)/meson-logs/testlog.json
	$(3) bash tests/postgresql.sh dbus-run-session -- xvfb-run -a -s "-screen 0 1920x1920x24 -noreset" \
	  meson test -C $(1) --print-errorlogs $(4); status=$$?; \
	python3 -c 'import json,sys; r=[json.loads(l)["result"] for l in open(sys.argv[1])]; p=sum(x in ("OK","EXPECTEDFAIL","SKIP") for x in r); print(sys.argv[2] + ": %d passed, %d failed" % (p, len(r)-p))' \
	  $(1)/meson-logs/testlog.json $(2); exit $$status
endef

# Leak checking is on; tests/lsan.supp names the few library caches that
# live as long as the process.  To see the whole stack of a leak through
# libraries built without frame pointers, add fast_unwind_on_malloc=0 (it
# makes the run several times slower).
ASAN_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

.PHONY: run test test-fresh fuzz build deps-build deps-test bench bench-stations deb clean

deps-build:
	$(call ensure_packages,$(BUILD_PACKAGES))

deps-test:
	$(call ensure_packages,$(TEST_PACKAGES))

$(BUILD)/build.ninja:
	meson setup $(BUILD)

$(ASAN_BUILD)/build.ninja:
	meson setup $(ASAN_BUILD) -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug

build: deps-build $(BUILD)/build.ninja
	meson compile -C $(BUILD)

run: build
	$(BUILD)/src/app/frontdesk --demo

# The whole suite on the embedded SQLite, then the core and the windows
# again on PostgreSQL (not the AT-SPI tests, which start frontdesk on a
# SQLite file of their own), then everything built with the sanitizers.
test: deps-test $(BUILD)/build.ninja $(ASAN_BUILD)/build.ninja
	meson compile -C $(BUILD)
	$(call run_suite,$(BUILD),tests,,)
	$(call run_suite,$(BUILD),postgresql,FD_TEST_ENGINE=postgresql,--suite core --suite ui --no-suite at-spi)
	meson compile -C $(ASAN_BUILD)
	$(call run_suite,$(ASAN_BUILD),sanitizers,$(ASAN_ENV),--timeout-multiplier 4)

# libFuzzer over every parser of untrusted input (tests/fuzz), built with
# clang, ASan and UBSan; each target runs FUZZ_RUNS executions or
# FUZZ_SECONDS, whichever ends first.  New inputs go to
# $(FUZZ_BUILD)/corpus; the seeds in tests/fuzz/corpus are what make test
# replays.  A crash stops the run and leaves crash-* in $(FUZZ_BUILD).
FUZZ_BUILD   ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_RUNS    ?= 10000000
FUZZ_TARGETS  = validate host-import settings catalogue station-config badge search

$(FUZZ_BUILD)/build.ninja:
	CC=clang meson setup $(FUZZ_BUILD) -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
	  -Dbuildtype=debugoptimized

fuzz: deps-test $(FUZZ_BUILD)/build.ninja
	$(call ensure_packages,clang libclang-rt-14-dev)
	meson compile -C $(FUZZ_BUILD) $(addprefix tests/fuzz/fuzz-,$(FUZZ_TARGETS))
	bash tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_RUNS) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# make test on a newly created minimal Debian 12 (mmdebstrap), from a clone of
# the committed HEAD: what a newcomer's machine does.  Needs root.
test-fresh:
	bash tests/fresh-machine.sh

# The Debian package (debian/, packaging/build-deb.sh), checked by lintian;
# test-fresh installs it on a fresh system.
DEB_BUILD ?= build-deb

deb: deps-build
	$(call ensure_packages,dpkg-dev debhelper lintian git)
	bash packaging/build-deb.sh $(DEB_BUILD)

# The large site is built once (about 15 minutes for 5 million visits, some
# 6 GB in $(BUILD)/bench/bench-sites) and reused.
BENCH_VISITS ?= 5000000

bench: build
	$(BUILD)/bench/scale --visits $(BENCH_VISITS)
	$(BUILD)/bench/contention --visits $(BENCH_VISITS)
	$(BUILD)/bench/soak
	python3 bench/startup.py $(BUILD)
	python3 bench/checkin-print.py $(BUILD)

# Ten kiosk stations checking in one visitor a second each against one
# private PostgreSQL server, three staff stations watching (bench/stations.c).
STATIONS_SECONDS ?= 600

bench-stations: build
	$(call ensure_packages,postgresql-15)
	bash tests/postgresql.sh sh -c 'createdb -h "$$FD_TEST_POSTGRESQL_DIR" -U fd bench && \
	  $(BUILD)/bench/stations --seconds $(STATIONS_SECONDS) --db "postgresql://fd@/bench?host=$$FD_TEST_POSTGRESQL_DIR"'

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(DEB_BUILD)
