# Tandem's build. `make run` and `make test` are all a new machine needs: both
# install the missing system packages first (Debian and Ubuntu; elsewhere they
# say what to install).

GO      ?= go
BIN     := bin/tandem
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
# The sample article, kept in the repository; point SEEDS elsewhere for more.
SEEDS   ?= internal/acceptance/testdata/seeds

export CGO_ENABLED := 1

.PHONY: run build test eval bench deps desktop-deps screenshot e2e package deb test-deb windows windows-package test-windows lint clean

run: build
	./$(BIN)

build: deps
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) .

# LANGUAGE quiets Fyne's complaint about the C.UTF-8 locale of build machines.
# Under -race on a busy 2-core machine the library's and the big files'
# tests take several minutes each: a package may take 30.
test: deps
	$(GO) vet ./...
	LANGUAGE=$${LANGUAGE:-en} $(GO) test -race -timeout 30m ./...

# Alignment, the figure check and search across languages (~term) measured
# on real published translations (internal/eval): a table per evaluation
# and the rows short of their targets, failing only below floors just
# under today's figures.
# TANDEM_EVAL=1 lets the alignment evaluation run; make test skips it.
eval:
	TANDEM_EVAL=1 $(GO) test -count=1 -v -run '^TestEval' ./internal/eval/...

# The search benchmark, two tables. First, in process: for 1k, 10k and 100k
# synthetic articles (import+index speed, index size, peak memory, query
# latency beside a brute-force scan), each size in a child process; the 100k
# row takes 11 to 16 minutes on 2 cores. TANDEM_BENCH_PROFILE=DIR writes a
# CPU profile per query kind and size, and a heap profile per size of what
# the process holds while its queries are timed. Then whole processes
# (internal/benchproc): bin/tandem import, list, search, the window's
# launch and a search typed in it (under Xvfb, with xdotool) at 20k and 100k
# articles, each beside a peer (an SQLite FTS5 load in Python, rg, an empty
# library, tandem search); about an hour more.
# TANDEM_BENCH_SIZES=2000 makes both quick (a few minutes);
# TANDEM_BENCH_PROC_SIZES sets the second table's sizes alone. Last, the
# catalog and the Claims tab with 100,000 tagged highlights (Go benchmarks:
# the catalog loaded from its file, the list, the tag counts and the claims
# from it, and the Claims tab's rows and table), and the figure check over
# every pair of the evaluation's published excerpts beside reading their
# figures alone (µs a pair).
bench: build
	$(GO) test -c -o bin/library.test ./library
	TANDEM_BENCH=1 bin/library.test -test.run '^TestBenchTable$$' -test.timeout 0
	@scripts/deps.sh desktop || echo "bench: no Xvfb, so the window row is left out" >&2
	@scripts/deps.sh bench || echo "bench: no ripgrep or Python, so those peers are left out or replaced (see the table's notes)" >&2
	$(GO) build -o bin/benchproc ./internal/benchproc
	@if command -v xvfb-run >/dev/null 2>&1; then \
		echo 'xvfb-run -a bin/benchproc -bin $(BIN)'; \
		xvfb-run -a -s "-screen 0 1280x820x24" bin/benchproc -bin $(BIN); \
	else \
		echo 'bin/benchproc -bin $(BIN)'; bin/benchproc -bin $(BIN); \
	fi
	$(GO) test -run '^$$' -bench 'Catalog100k|ClaimsTab100k' -benchtime 5x ./library ./app
	$(GO) test -run '^$$' -bench 'CheckExcerpts' -benchtime 3x ./internal/eval/figures

deps:
	@scripts/deps.sh build

desktop-deps:
	@scripts/deps.sh desktop

# The README's pictures: the real app under Xvfb showing an imported article,
# then its File menu and a dialog in Simplified and Traditional Chinese.
screenshot: build desktop-deps
	scripts/screenshot.sh $(BIN) docs/screenshot.png $(SEEDS)
	scripts/screenshot-lang.sh $(BIN) zh_CN.UTF-8 docs/ui-zh-hans.png docs/ui-zh-hans-dialog.png
	scripts/screenshot-lang.sh $(BIN) zh_TW.UTF-8 docs/ui-zh-hant.png docs/ui-zh-hant-dialog.png

# The real binary under Xvfb, driven with xdotool: open the sample article,
# highlight by drag and key, tag with T, check the files; import a folder,
# search a Chinese word with Ctrl+K, open the first result, step through
# its marked matches with n and N; drag seven times and check the action
# bar; move the pointer out of the window; make it 640 wide; open a
# tandem:// link from the terminal; double-click a word in each language
# for the dictionary popup, and rest the pointer on it for the hover card;
# drag two English terms, press 1 and 3, and check that the Chinese phrases
# that translate them are saved as their counterparts; turn the search
# field's 文A switch on, take a translation away and restore it; type pinyin through fcitx5 (scripts/deps.sh
# ime) into the search field, a tag and a note. Then the HTML export of an annotated
# article in headless Chromium. Screenshots land in bin/e2e/. LANGUAGE, as
# for make test: Fyne reads the locale while its packages initialise,
# before Tandem runs, and complains of C.UTF-8.
E2E = LANGUAGE=$${LANGUAGE:-en} TANDEM_BIN=$(CURDIR)/$(BIN) TANDEM_SEEDS=$(abspath $(SEEDS)) E2E_SHOTS=$(CURDIR)/bin/e2e \
	xvfb-run -a -s "-screen 0 1280x820x24" $(GO) test -tags acceptance -count=1 -v
IME_TEST = ^TestTypeChineseInTheRealWindow$$

e2e: build desktop-deps
	@scripts/deps.sh browser || echo "e2e: no Chromium, so the HTML export check is skipped" >&2
	@scripts/deps.sh ime || echo "e2e: no fcitx5, so typing Chinese is skipped" >&2
	mkdir -p bin/e2e
	$(E2E) -run 'RealWindow|InChromium' -skip '$(IME_TEST)' ./internal/acceptance/
	@# Now and then on a busy machine the window loses its XIM connection to
	@# fcitx5 (an X error on fcitx5's window, seen once in fifty runs with
	@# both cores kept busy); the typing test then runs once more, and fails
	@# if it fails again.
	$(E2E) -run '$(IME_TEST)' ./internal/acceptance/ || { \
		echo "e2e: $(IME_TEST) failed; running it once more" >&2; \
		$(E2E) -run '$(IME_TEST)' ./internal/acceptance/; }

# Linux packages: a tarball (binary, icon, .desktop entry) in Tandem.tar.xz,
# made by the fyne tool, which would bump the build number in FyneApp.toml,
# so that file is put back afterwards; then the Debian package (make deb).
package: deps
	cp FyneApp.toml bin/.FyneApp.toml 2>/dev/null || { mkdir -p bin && cp FyneApp.toml bin/.FyneApp.toml; }
	$(GO) run fyne.io/tools/cmd/fyne@v1.7.4 package -os linux -release; status=$$?; \
		mv bin/.FyneApp.toml FyneApp.toml; exit $$status
	$(MAKE) deb

# bin/tandem_VERSION_ARCH.deb, made with dpkg-deb alone: /usr/bin/tandem, the
# icon under /usr/share/icons/hicolor, a desktop entry in
# /usr/share/applications. make test-deb installs it into an empty folder
# root with dpkg --root, checks the files, runs tandem help from there and
# removes it.
deb: build
	rm -f bin/tandem_*.deb
	scripts/deb.sh $(BIN) bin

test-deb: deb
	scripts/test-deb.sh bin/tandem_*.deb

# Windows, cross-compiled with MinGW-w64 (installed by scripts/deps.sh
# windows): bin/tandem.exe, the window and the CLI in one console program.
# The first build compiles Fyne and its C for Windows, about 15 minutes on
# 2 cores. make windows-package zips it with the README and the font's
# licence into bin/tandem-windows-amd64.zip.
WINDOWS_ENV := GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc

windows:
	@scripts/deps.sh windows
	$(WINDOWS_ENV) $(GO) build -ldflags "$(LDFLAGS)" -o bin/tandem.exe .

windows-package: windows
	rm -f bin/tandem-windows-amd64.zip
	zip -j -q bin/tandem-windows-amd64.zip bin/tandem.exe README.md assets/LICENSE-DroidSansFallback.txt

# The Windows build's tests under Wine (scripts/test-windows.sh): article,
# annotation, dict, index, library, cli, export, gitsync, quantity,
# webfetch and internal/locale, then
# tandem.exe imports the sample article, lists it as JSON and finds it.
# That tandem.exe is built without the window (-tags nogui), in seconds;
# WINDOWS_EXE=bin/tandem.exe smokes the full build of make windows instead.
WINDOWS_EXE ?=

test-windows:
	@scripts/deps.sh windows
	scripts/test-windows.sh $(SEEDS) $(WINDOWS_EXE)

lint:
	@test -z "$$(gofmt -l .)" || { gofmt -l .; exit 1; }
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

clean:
	rm -rf bin
