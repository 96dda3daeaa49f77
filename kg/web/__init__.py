"""The faces on the web: the SPARQL endpoint and the explorer pages of ``kg serve``.

May import every lower wing (``model``, ``stores``, ``ask``, ``render``); nothing imports it
but the CLI."""
