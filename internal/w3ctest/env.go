package w3ctest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// EnvVar names the environment variable that points FromEnv at another
// copy of the suite, such as a newer one.
const EnvVar = "W3C_ANNOTATION_TESTS"

// copyRel is where the repository keeps its copy of the suite (the parts
// the tests read), relative to the module root.
const copyRel = "internal/w3ctest/testdata/w3c-annotation-tests"

// FromEnv loads the suite named by $W3C_ANNOTATION_TESTS or, when that is
// unset or empty, the repository's copy in
// internal/w3ctest/testdata/w3c-annotation-tests under the root of the Go
// module containing the working directory, so that the tests of every
// package in the module find it with nothing set and nothing outside the
// repository.
func FromEnv() (*Suite, error) {
	dir, err := SuiteDirFromEnv()
	if err != nil {
		return nil, err
	}
	return Load(dir)
}

// SuiteDirFromEnv returns the directory FromEnv would load, or an error
// saying where it looked.
func SuiteDirFromEnv() (string, error) {
	if dir := os.Getenv(EnvVar); dir != "" {
		if !isDir(dir) {
			return "", fmt.Errorf("w3ctest: $%s=%q is not a directory", EnvVar, dir)
		}
		return dir, nil
	}
	root, err := moduleRoot()
	if err != nil {
		return "", fmt.Errorf("w3ctest: $%s is unset and %w", EnvVar, err)
	}
	dir := filepath.Join(root, filepath.FromSlash(copyRel))
	if !isDir(dir) {
		return "", fmt.Errorf("w3ctest: $%s is unset and the repository's copy of the suite, %s, does not exist", EnvVar, dir)
	}
	return dir, nil
}

// moduleRoot walks up from the working directory to the nearest go.mod.
func moduleRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if isFile(filepath.Join(dir, "go.mod")) {
			return dir, nil
		}
		if filepath.Dir(dir) == dir {
			return "", errors.New("no go.mod found above " + wd)
		}
	}
}

// isDir reports whether path is an existing directory.
func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// isFile reports whether path is an existing regular file.
func isFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}
