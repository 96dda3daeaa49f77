"""Build hook: ship the ontology and the curated data inside the wheel (as kg/_data/), so an
installed ``kg`` finds the graph without a source checkout. Metadata lives in pyproject.toml."""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithData(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "kg" / "_data"
        for name, pattern in (("ontology", "*.ttl"), ("data/triples", "*.ttl")):
            dest = target / name
            dest.mkdir(parents=True, exist_ok=True)
            for f in (HERE / name).glob(pattern):
                shutil.copy2(f, dest / f.name)


setup(cmdclass={"build_py": BuildWithData})
