// Command cassettecheck is the Go side of `make ports`: it loads spec/openapi.yaml with kin-openapi,
// validates the document, and decodes every recorded cassette response against its operation.
//
// It builds offline against Debian's kin-openapi (GOPATH mode, /usr/share/gocode): see
// tools/ports/go-deps.sh. Usage: cassettecheck <spec/openapi.yaml> <tests/cassettes/recorded>
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
)

// The spec's custom format for REST timestamps (`Wed, 17 Sep 2014 08:26:22 +0000`).
const rfc1123Pattern = `^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$`

type cassette struct {
	Interactions []struct {
		Request struct {
			Method string `json:"method"`
			URI    string `json:"uri"`
		} `json:"request"`
		Response struct {
			Status struct {
				Code int `json:"code"`
			} `json:"status"`
			Headers map[string][]string `json:"headers"`
			Body    *struct {
				JSON   json.RawMessage `json:"json"`
				String *string         `json:"string"`
			} `json:"body"`
		} `json:"response"`
	} `json:"interactions"`
}

// operation is one spec path template with a matcher for concrete paths.
type operation struct {
	template string
	pattern  *regexp.Regexp
	names    []string
	item     *openapi3.PathItem
}

var parameterRE = regexp.MustCompile(`\{(\w+)\}`)
var afterVersionRE = regexp.MustCompile(`^(/api/[a-z]+/v1/)([^/]+)/(.*)$`)

func templates(doc *openapi3.T) ([]operation, map[string]bool) {
	var ops []operation
	resources := map[string]bool{}
	for template, item := range doc.Paths {
		if m := afterVersionRE.FindStringSubmatch(template); m != nil {
			resources[m[2]] = true
		}
		var names []string
		quoted := ""
		last := 0
		for _, loc := range parameterRE.FindAllStringSubmatchIndex(template, -1) {
			quoted += regexp.QuoteMeta(template[last:loc[0]])
			name := template[loc[2]:loc[3]]
			names = append(names, name)
			// A composite parameter (a repository's full name) holds raw slashes.
			composite := false
			for _, p := range item.Parameters {
				if p.Value != nil && p.Value.Name == name && p.Value.Extensions["x-dockercloud-composite"] != nil {
					composite = true
				}
			}
			for _, op := range item.Operations() {
				for _, p := range op.Parameters {
					if p.Value != nil && p.Value.Name == name && p.Value.Extensions["x-dockercloud-composite"] != nil {
						composite = true
					}
				}
			}
			if composite {
				quoted += "(.+)"
			} else {
				quoted += "([^/]+)"
			}
			last = loc[1]
		}
		quoted += regexp.QuoteMeta(template[last:])
		ops = append(ops, operation{template, regexp.MustCompile("^" + quoted + "$"), names, item})
	}
	// Literal segments first, so `/service/{uuid}/start/` never loses to a looser template.
	sort.Slice(ops, func(i, j int) bool {
		return len(ops[i].names) < len(ops[j].names) || (len(ops[i].names) == len(ops[j].names) && ops[i].template < ops[j].template)
	})
	return ops, resources
}

// checkTypedHeaders validates the response headers whose schema is not a string (Retry-After) and
// removes them from header: kin-openapi 0.110 (Debian 12) checks the raw header string against the
// schema, so an integer header always fails there (getkin/kin-openapi#709, fixed after 0.110).
func checkTypedHeaders(op *openapi3.Operation, status int, header http.Header) error {
	response := op.Responses.Get(status)
	if response == nil || response.Value == nil {
		return nil
	}
	for name, ref := range response.Value.Headers {
		schema := ref.Value.Schema.Value
		raw := header.Get(name)
		if raw == "" || schema.Type == "string" {
			continue
		}
		if schema.Type != "integer" {
			return fmt.Errorf("header %q: type %q is not checked here", name, schema.Type)
		}
		value, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			return fmt.Errorf("header %q: %q is not an integer", name, raw)
		}
		if err := schema.VisitJSON(float64(value)); err != nil {
			return fmt.Errorf("header %q: %v", name, err)
		}
		header.Del(name)
	}
	return nil
}

// stripNamespace turns `/api/app/v1/demo-org/service/` into the spec's `/api/app/v1/service/`.
func stripNamespace(path string, resources map[string]bool) string {
	if m := afterVersionRE.FindStringSubmatch(path); m != nil && !resources[m[2]] {
		return m[1] + m[3]
	}
	return path
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: cassettecheck <openapi.yaml> <cassette dir>")
		os.Exit(2)
	}
	ctx := context.Background()
	openapi3.DefineStringFormat("rfc1123-date-time", rfc1123Pattern)
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
	if err := doc.Validate(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "kin-openapi document check failed:", err)
		os.Exit(1)
	}
	fmt.Printf("kin-openapi: %s is valid (%d paths)\n", os.Args[1], len(doc.Paths))
	ops, resources := templates(doc)
	files, _ := filepath.Glob(filepath.Join(os.Args[2], "*.json"))
	sort.Strings(files)
	total, decoded, empty, failures := 0, 0, 0, 0
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			panic(err)
		}
		var c cassette
		if err := json.Unmarshal(raw, &c); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", file, err)
			failures++
			continue
		}
		for index, it := range c.Interactions {
			total++
			where := fmt.Sprintf("%s #%d %s %s", filepath.Base(file), index+1, it.Request.Method, it.Request.URI)
			u, err := url.Parse(it.Request.URI)
			if err != nil {
				panic(err)
			}
			path := stripNamespace(u.Path, resources)
			var found *operation
			var values []string
			for i := range ops {
				if m := ops[i].pattern.FindStringSubmatch(path); m != nil && ops[i].item.GetOperation(it.Request.Method) != nil {
					found, values = &ops[i], m[1:]
					break
				}
			}
			if found == nil {
				fmt.Printf("FAIL %s: no operation\n", where)
				failures++
				continue
			}
			params := map[string]string{}
			for i, name := range found.names {
				params[name] = values[i]
			}
			var body []byte
			if b := it.Response.Body; b != nil && b.JSON != nil {
				body = b.JSON
			} else if b != nil && b.String != nil {
				body = []byte(*b.String)
			}
			if len(body) == 0 {
				empty++
			}
			request, _ := http.NewRequest(it.Request.Method, it.Request.URI, nil)
			header := http.Header{}
			for name, list := range it.Response.Headers {
				for _, v := range list {
					header.Add(name, v)
				}
			}
			if err := checkTypedHeaders(found.item.GetOperation(it.Request.Method), it.Response.Status.Code, header); err != nil {
				fmt.Printf("FAIL %s: %v\n", where, err)
				failures++
				continue
			}
			if header.Get("Content-Type") == "" && len(body) > 0 {
				header.Set("Content-Type", "application/json")
			}
			input := &openapi3filter.ResponseValidationInput{
				RequestValidationInput: &openapi3filter.RequestValidationInput{
					Request:    request,
					PathParams: params,
					Route: &routers.Route{
						Spec: doc, Path: found.template, PathItem: found.item,
						Method: it.Request.Method, Operation: found.item.GetOperation(it.Request.Method),
					},
				},
				Status:  it.Response.Status.Code,
				Header:  header,
				Body:    io.NopCloser(bytes.NewReader(body)),
				Options: &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
			}
			if err := openapi3filter.ValidateResponse(ctx, input); err != nil {
				fmt.Printf("FAIL %s: %s\n", where, strings.ReplaceAll(err.Error(), "\n", " | "))
				failures++
				continue
			}
			if len(body) > 0 {
				var value interface{}
				if err := json.Unmarshal(body, &value); err != nil {
					fmt.Printf("FAIL %s: %v\n", where, err)
					failures++
					continue
				}
				decoded++
			}
		}
	}
	fmt.Printf("kin-openapi: %d interactions in %d cassettes: %d bodies decoded and valid, %d without a body, %d failures\n",
		total, len(files), decoded, empty, failures)
	if failures > 0 || total == 0 {
		os.Exit(1)
	}
}
