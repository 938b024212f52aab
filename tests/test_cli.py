import json
import subprocess
import sys

import yjinspect as yj


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "yjinspect", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_demo_prints_bromley_history():
    result = run("demo")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Inspection history: London Borough of Bromley" in out
    assert "Safeguarding               Minimum improvement (81%)" in out
    assert out.count("Poor") == 4
    assert "Interventions to reduce reoffending   not known" in out
    assert "Published overall: Outstanding, score 33/36" in out
    assert out.index("2012-03") < out.index("2015-02-19") < out.index("2025-01")


def test_frameworks_json():
    result = run("frameworks", "--json")
    assert result.returncode == 0
    codes = [f["code"] for f in json.loads(result.stdout)]
    assert codes == list(yj.frameworks.available())


def test_validate_good_and_bad_files(tmp_path):
    good = tmp_path / "good.json"
    yj.dump(yj.examples.bromley(), good)
    ok = run("validate", str(good))
    assert ok.returncode == 0
    assert "1 document(s): valid" in ok.stdout
    bad = tmp_path / "bad.json"
    bad.write_text(good.read_text().replace('"poor"', '"awful"', 1))
    result = run("validate", str(bad))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"{bad}: $.inspections[1].judgements[0].rating: expected one of Poor, "
        "Unsatisfactory, Satisfactory, Good, Very good; found 'awful'"
    ]
    assert "Traceback" not in result.stderr


def test_schema_command():
    result = run("schema", "inspection")
    assert result.returncode == 0
    assert json.loads(result.stdout)["properties"]["kind"] == {"const": "inspection"}
    assert run("schema", "nope").returncode == 2
