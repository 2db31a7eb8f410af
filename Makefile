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

.PHONY: all deps configure build run test bench screenshots format format-check clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	$(BUILD_DIR)/secdesk --sandbox

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel $(JOBS) --timeout 600

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

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	@git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD_DIR)
