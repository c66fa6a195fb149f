package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"crosscheck/analysis"
)

// WriteJSON writes r as JSON (schema crosscheck.report/v1), one array
// element at a time, so a report of a million claims is never held in
// memory as one encoded document. It decodes to what json.Marshal(r)
// gives; the keys come in a fixed order, with "run" (present only when
// r.Run is set) before the arrays.
func WriteJSON(w io.Writer, r *analysis.Report) error {
	bw := bufio.NewWriterSize(w, 256<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var err error
	put := func(s string) {
		if err == nil {
			_, err = bw.WriteString(s)
		}
	}
	value := func(v any) {
		if err == nil {
			err = enc.Encode(v) // Encode ends the value with a newline
		}
	}
	put("{\n\"schema\": ")
	value(r.Schema)
	put(",\"generated\": ")
	value(r.Generated)
	if r.Night != "" {
		put(",\"night\": ")
		value(r.Night)
	}
	put(",\"inputs\": ")
	value(nonNil(r.Inputs))
	if r.Run != nil {
		// The night and window, when a store is used, before the long
		// arrays, so a reader streaming the file meets them first;
		// omitted like encoding/json's omitempty when nil.
		put(",\"run\": ")
		value(r.Run)
	}
	array(bw, enc, &err, "articles", len(r.Articles), func(i int) any { return &r.Articles[i] })
	array(bw, enc, &err, "claims", len(r.Claims), func(i int) any { return &r.Claims[i] })
	if len(r.Stories) > 0 {
		// Omitted when empty, like encoding/json's omitempty: reports
		// from before stories were grouped have none.
		array(bw, enc, &err, "stories", len(r.Stories), func(i int) any { return &r.Stories[i] })
	}
	if len(r.Entities) > 0 {
		// Omitted when empty, like stories: reports from before speakers
		// were resolved have none.
		array(bw, enc, &err, "entities", len(r.Entities), func(i int) any { return &r.Entities[i] })
	}
	array(bw, enc, &err, "clusters", len(r.Clusters), func(i int) any { return &r.Clusters[i] })
	array(bw, enc, &err, "discrepancies", len(r.Discrepancies), func(i int) any { return &r.Discrepancies[i] })
	put("}\n")
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

// array writes ,"name": [ e0, e1, … ] with one element per line.
func array(bw *bufio.Writer, enc *json.Encoder, err *error, name string, n int, elem func(int) any) {
	if *err != nil {
		return
	}
	_, *err = fmt.Fprintf(bw, ",%q: [", name)
	for i := 0; i < n && *err == nil; i++ {
		if i > 0 {
			_, *err = bw.WriteString(",")
		}
		if *err == nil {
			*err = enc.Encode(elem(i))
		}
	}
	if *err == nil {
		_, *err = bw.WriteString("]\n")
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
