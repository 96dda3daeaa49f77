"""What ingest writes: the draft's Turtle (``draft``), the review page (``review``, template in
``templates/``), and the opt-in copy into a data folder (``into``)."""
