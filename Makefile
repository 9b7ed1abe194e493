# Tandem's build. `make run` and `make test` are all a new machine needs: both
# install the missing system packages first (Debian and Ubuntu; elsewhere they
# say what to install).

GO      ?= go
BIN     := bin/tandem
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
SEEDS   ?= ../shared/seeds

export CGO_ENABLED := 1

.PHONY: run build test deps desktop-deps screenshot e2e lint clean

run: build
	./$(BIN)

build: deps
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) .

# LANGUAGE quiets Fyne's complaint about the C.UTF-8 locale of build machines.
test: deps
	$(GO) vet ./...
	LANGUAGE=$${LANGUAGE:-en} $(GO) test -race ./...

deps:
	@scripts/deps.sh build

desktop-deps:
	@scripts/deps.sh desktop

# The README's picture: the real app under Xvfb showing an imported article.
screenshot: build desktop-deps
	scripts/screenshot.sh $(BIN) docs/screenshot.png $(SEEDS)

# The real binary under Xvfb, driven with xdotool: open the sample article,
# highlight by drag and key, tag with T, check the files; screenshots land
# in bin/e2e/.
e2e: build desktop-deps
	mkdir -p bin/e2e
	TANDEM_BIN=$(CURDIR)/$(BIN) TANDEM_SEEDS=$(abspath $(SEEDS)) E2E_SHOTS=$(CURDIR)/bin/e2e \
		xvfb-run -a -s "-screen 0 1280x820x24" \
		$(GO) test -tags acceptance -count=1 -v -run TestAnnotateInTheRealWindow ./internal/acceptance/

lint:
	@test -z "$$(gofmt -l .)" || { gofmt -l .; exit 1; }
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

clean:
	rm -rf bin
