# SecDesk: the two quick-start commands are `make run` and `make test`.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
ifeq ($(CI),true)
CMAKE_FLAGS += -DSECDESK_WERROR=ON
endif

# The app offscreen, never touching the keychain or the user's own settings (SECDESK_SETTINGS per run).
SHOT_ENV = QT_QPA_PLATFORM=offscreen SECDESK_SECRET_STORE=none

.PHONY: all deps configure build run test translations bench screenshots format format-check clean sanitize fuzz fuzz-build

all: build

deps:
	@scripts/install-deps.sh

# RelWithDebInfo with line tables only (-g1): symbolized stacks, and a build that stays well within `make test`'s
# 20 minutes on 2 cores (with the libraries' unity builds, the tests' precompiled headers and lld; CMakeLists.txt).
configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" \
		$(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	$(BUILD_DIR)/secdesk --sandbox

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel $(JOBS) --timeout 600

# Hardening (README "Hardening"). sanitize: the whole test suite built with ASan + UBSan (GCC) in its own build dir,
# at -O1 with line tables only (-g1: symbolized stacks, a much shorter build); any report fails the test that made it.
# Leak reports are on; tests/sanitize/lsan.supp lists only third-party frames. Warnings stay warnings here (the
# sanitizers make GCC warn differently at -O1; `make test` is where warnings are errors).
SANITIZE_DIR ?= build-sanitize
SANITIZE_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitize/lsan.supp:print_suppressions=0

sanitize: deps
	@cmake -S . -B $(SANITIZE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSECDESK_SANITIZE=ON \
		"-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" -DSECDESK_BUILD_BENCH=OFF $(CMAKE_FLAGS) -DSECDESK_WERROR=OFF >/dev/null
	@cmake --build $(SANITIZE_DIR) --parallel $(JOBS)
	cd $(SANITIZE_DIR) && $(SANITIZE_ENV) QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel $(JOBS) --timeout 1200

# fuzz: the libFuzzer targets in fuzz/ (clang-14, its own build dir), each run FUZZ_SECONDS; any crash fails.
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = fuzz_json_pointer fuzz_json_patch fuzz_json_diff fuzz_api_response $(if $(wildcard app/domain/SecurityAdminFiles.cpp),fuzz_yaml_import)

fuzz-build:
	@scripts/install-deps.sh fuzz
	@CC=clang-14 CXX=clang++-14 cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSECDESK_FUZZ=ON \
		-DBUILD_TESTING=OFF -DSECDESK_BUILD_BENCH=OFF $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(FUZZ_DIR) --parallel $(JOBS) --target $(FUZZ_TARGETS)

fuzz: fuzz-build
	@FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/run-fuzz.sh $(FUZZ_DIR) $(FUZZ_TARGETS)

# Refreshes translations/secdesk_{de,fr,en}.ts from the sources (lupdate; entries no source has any more are
# dropped). New texts arrive as unfinished: translate them (Qt Linguist, or by hand) before TestTranslations passes.
translations: configure
	@cmake --build $(BUILD_DIR) --target update_translations

bench: build
	$(BUILD_DIR)/secdesk-bench

# The README's pictures, made by driving the app offscreen on the sandbox.
screenshots: build
	@mkdir -p docs/screenshots
	@rm -f $(BUILD_DIR)/screenshots.ini && cp docs/screenshots/profiles.ini $(BUILD_DIR)/screenshots-profiles.ini
	$(SHOT_ENV) SECDESK_SETTINGS=$(BUILD_DIR)/screenshots.ini $(BUILD_DIR)/secdesk --sandbox --select /roles/all_access --screenshot docs/screenshots/config-tree.png
	$(SHOT_ENV) SECDESK_SETTINGS=$(BUILD_DIR)/screenshots.ini $(BUILD_DIR)/secdesk --sandbox --filter kibana --select /roles/kibana_user --screenshot docs/screenshots/filter.png
	$(SHOT_ENV) SECDESK_SETTINGS=$(BUILD_DIR)/screenshots.ini $(BUILD_DIR)/secdesk --sandbox --select /roles/analyst_role --screenshot docs/screenshots/entity-summary.png
	$(SHOT_ENV) SECDESK_SETTINGS=$(BUILD_DIR)/screenshots-profiles.ini $(BUILD_DIR)/secdesk --screenshot docs/screenshots/welcome.png
	@rm -rf $(BUILD_DIR)/screenshots-data # no patch draft from an earlier picture
	$(SHOT_ENV) SECDESK_SETTINGS=$(BUILD_DIR)/screenshots.ini XDG_DATA_HOME=$(BUILD_DIR)/screenshots-data $(BUILD_DIR)/secdesk --sandbox --demo-writes 4 --show timeline --version-id v2 --screenshot docs/screenshots/timeline.png
	@rm -rf $(BUILD_DIR)/screenshots-data # no patch draft from an earlier picture
	$(SHOT_ENV) SECDESK_SETTINGS=$(BUILD_DIR)/screenshots.ini XDG_DATA_HOME=$(BUILD_DIR)/screenshots-data $(BUILD_DIR)/secdesk --sandbox --patch docs/screenshots/example-patch.json --show patch-editor --screenshot docs/screenshots/patch-editor.png
	$(SHOT_ENV) SECDESK_SETTINGS=$(BUILD_DIR)/screenshots.ini XDG_DATA_HOME=$(BUILD_DIR)/screenshots-data $(BUILD_DIR)/secdesk --sandbox --show upgrade --screenshot docs/screenshots/upgrade.png
	$(SHOT_ENV) SECDESK_SETTINGS=$(BUILD_DIR)/screenshots.ini XDG_DATA_HOME=$(BUILD_DIR)/screenshots-data $(BUILD_DIR)/secdesk --sandbox --compare-dir docs/screenshots/compare-demo --screenshot docs/screenshots/compare.png
	$(SHOT_ENV) SECDESK_SETTINGS=$(BUILD_DIR)/screenshots.ini XDG_DATA_HOME=$(BUILD_DIR)/screenshots-data $(BUILD_DIR)/secdesk --sandbox --demo-writes 3 --show problems --select /rolesmapping/all_access --screenshot docs/screenshots/problems.png

# Install (PREFIX overridable; DESTDIR=dir stages into dir): secdesk, secdesk-cli, secdesk-sandbox, the .desktop
# file, the AppStream metainfo and the icon. deb: the Debian package (CPack; dependencies from dpkg-shlibdeps), built
# in its own release directory without tests or bench: $(DEB_DIR)/secdesk_<version>_<arch>.deb.
PREFIX ?= /usr/local
DEB_DIR ?= build-deb

.PHONY: install deb

install: build
	cmake --install $(BUILD_DIR) --prefix $(PREFIX)

deb: deps
	@cmake -S . -B $(DEB_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DSECDESK_BUILD_BENCH=OFF \
		-DCMAKE_INSTALL_PREFIX=/usr $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(DEB_DIR) --parallel $(JOBS)
	cd $(DEB_DIR) && cpack -G DEB

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	@git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD_DIR)
