"""Pure text rules (sentences, dates, quantities, event types); no geography here."""
