import subprocess
import sys

HEAVY = ("pandas", "matplotlib", "hypothesis", "pytest", "numpy", "jsonschema")


def test_import_yjinspect_loads_nothing_heavy():
    code = (
        "import sys, yjinspect, yjinspect.testing;"
        "yjinspect.frameworks.get('hmip-youth-2021');"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert out.strip() == "[]"


def test_public_surface_is_sorted_and_documented():
    import yjinspect as yj

    assert list(yj.__all__) == sorted(yj.__all__)
    for name in yj.__all__:
        obj = getattr(yj, name)
        if name != "__version__":
            assert getattr(obj, "__doc__", None), f"{name} has no docstring"
