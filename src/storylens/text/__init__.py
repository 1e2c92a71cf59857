"""What every stage shares about text: dates (`dates`, written and relative, EDTF out),
sentences, function words, languages and the opening dateline. `clean`, `enrich` and
`stories` import from here, never from each other's text handling."""
