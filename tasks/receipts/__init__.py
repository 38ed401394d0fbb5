"""Receipt parsing: OCR and VLM extraction, the parser, the business rules and the JSON schema."""
