"""Reading an article: its text and normalised copy (``text``), sentences and soft line breaks
(``sentences``), date expressions (``dates``), and the headline and dateline (``headlines``)."""
