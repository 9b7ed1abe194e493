package library

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"time"

	"tandem/index"
)

// Bleve lets one process at a time open the search index. The process
// that has it — most often the window — serves searches to the others
// (a search in a terminal) over a local socket beside the index, so that
// reading the library never waits for the window to close. Requests and
// answers are one JSON object each way per connection.

// searchRequest is a search asked of the process that holds the index.
type searchRequest struct {
	Query   string              `json:"query"`
	Options index.SearchOptions `json:"options"`
}

// searchAnswer is its answer: the results, or the error and whether it is
// the query's (index.ErrQuery).
type searchAnswer struct {
	Results    *index.Results `json:"results,omitempty"`
	Error      string         `json:"error,omitempty"`
	QueryError bool           `json:"query_error,omitempty"`
}

// socketPath is where the holder of the index in indexDir listens: beside
// the index, or, when that path is too long for a socket's name, in the
// temporary folder under a name made from it.
func socketPath(indexDir string) string {
	p := filepath.Clean(indexDir) + ".sock"
	if len(p) < 100 {
		return p
	}
	sum := sha256.Sum256([]byte(p))
	return filepath.Join(os.TempDir(), "tandem-"+hex.EncodeToString(sum[:8])+".sock")
}

// serveSearches listens for other processes' searches until the index
// closes. It gives up quietly when it cannot listen: the others then say
// that the index is in use, as they would without it. Callers hold
// l.search.mu.
func (l *Library) serveSearches(indexDir string) {
	path := socketPath(indexDir)
	// This process holds the index, so a socket left here is a crashed
	// holder's.
	os.Remove(path)
	ln, err := net.Listen("unix", path)
	if err != nil {
		return
	}
	os.Chmod(path, 0o600) // other users of the machine may not search
	l.search.listener = ln
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return // closed with the index
			}
			go l.answer(conn)
		}
	}()
}

// answer runs one search another process asked for.
func (l *Library) answer(conn net.Conn) {
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(time.Minute))
	var req searchRequest
	if err := json.NewDecoder(conn).Decode(&req); err != nil {
		return
	}
	// What the asker changed just before asking is in the journal, maybe
	// not yet in the index: index it first.
	s := l.search
	s.mu.Lock()
	l.readJournal()
	s.mu.Unlock()
	s.queue(nil, true)
	var ans searchAnswer
	err := l.WaitIndexed()
	var res *index.Results
	if err == nil {
		res, err = l.Search(context.Background(), req.Query, req.Options)
	}
	switch {
	case errors.Is(err, index.ErrQuery):
		ans.Error, ans.QueryError = err.Error(), true
	case err != nil:
		ans.Error = err.Error()
	default:
		ans.Results = res
	}
	json.NewEncoder(conn).Encode(ans)
}

// askHolder runs a search in the process that holds the index. ok is
// false when none answers.
func (l *Library) askHolder(ctx context.Context, indexDir, query string, opts index.SearchOptions) (res *index.Results, ok bool, err error) {
	conn, err := dialHolder(ctx, socketPath(indexDir))
	if err != nil {
		return nil, false, nil
	}
	defer conn.Close()
	if deadline, has := ctx.Deadline(); has {
		conn.SetDeadline(deadline)
	}
	if err := json.NewEncoder(conn).Encode(searchRequest{Query: query, Options: opts}); err != nil {
		return nil, false, nil
	}
	var ans searchAnswer
	if err := json.NewDecoder(conn).Decode(&ans); err != nil {
		return nil, false, nil
	}
	switch {
	case ans.QueryError:
		return nil, true, fmt.Errorf("%w", &remoteQueryError{msg: ans.Error})
	case ans.Error != "":
		return nil, true, errors.New(ans.Error)
	}
	return ans.Results, true, nil
}

// dialHolder connects to the socket at path, trying again for two seconds
// while nobody listens there: a holder takes the index's lock a moment
// before it listens, while it reads the journal.
func dialHolder(ctx context.Context, path string) (net.Conn, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	var d net.Dialer
	for {
		conn, err := d.DialContext(ctx, "unix", path)
		if err == nil || ctx.Err() != nil {
			return conn, err
		}
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// remoteQueryError is a query error another process reported; it matches
// index.ErrQuery.
type remoteQueryError struct{ msg string }

func (e *remoteQueryError) Error() string { return e.msg }
func (e *remoteQueryError) Unwrap() error { return index.ErrQuery }
