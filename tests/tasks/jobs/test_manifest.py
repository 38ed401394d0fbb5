"""Bulk manifests (tasks/jobs/manifest.py): the header is checked as a whole, every row on its own."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from tasks.jobs.manifest import ManifestError, ManifestRow, read_manifest


def write(tmp_path: Path, text: str, name: str = "manifest.csv", *, bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def test_a_listing_manifest_becomes_one_payload_per_row(tmp_path: Path) -> None:
    job_id = str(uuid.uuid4())
    path = write(tmp_path, "image,title,description,category,categories,policy,job_id\n"
                           f"s3://b/mug.jpg,White mug,350 ml,coffee mug,coffee mug|saree,default,{job_id}\n"
                           "https://img.example/2.jpg,,,,,,\n")
    rows = read_manifest("listing_qc", path)
    assert rows == [
        ManifestRow(2, {"image": "s3://b/mug.jpg", "title": "White mug", "description": "350 ml",
                        "category": "coffee mug", "policy": "default", "job_id": job_id,
                        "categories": ["coffee mug", "saree"]}),
        ManifestRow(3, {"image": "https://img.example/2.jpg"}),  # empty cells are left out, not sent as ""
    ]


def test_categories_split_on_pipes_and_semicolons_and_drop_empty_parts(tmp_path: Path) -> None:
    path = write(tmp_path, "image,categories\n"
                           "s3://b/1.jpg, saree | kurta ;jeans;; \n"
                           "s3://b/2.jpg,t-shirt\n")
    rows = read_manifest("listing_qc", path)
    assert [r.payload["categories"] for r in rows] == [["saree", "kurta", "jeans"], ["t-shirt"]]


def test_a_byte_order_mark_does_not_hide_the_image_column(tmp_path: Path) -> None:
    # Excel's "CSV UTF-8" starts the file with a BOM; the first column must still be read as 'image'.
    path = write(tmp_path, "image,title\r\ns3://b/1.jpg,Kurta\r\n", bom=True)
    assert read_manifest("listing_qc", path) == [ManifestRow(2, {"image": "s3://b/1.jpg", "title": "Kurta"})]


def test_blank_lines_are_skipped_and_line_numbers_stay_those_of_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "image,title\n"
                           "s3://b/1.jpg,one\n"
                           "\n"
                           ",\n"
                           "  ,  \n"
                           "s3://b/2.jpg,two\n")
    rows = read_manifest("listing_qc", path)
    assert [(r.line, r.payload["title"]) for r in rows] == [(2, "one"), (6, "two")]


def test_header_names_and_values_are_trimmed(tmp_path: Path) -> None:
    path = write(tmp_path, " image , title \n  s3://b/1.jpg  ,  Mug  \n")
    assert read_manifest("listing_qc", path)[0].payload == {"image": "s3://b/1.jpg", "title": "Mug"}


def test_a_header_without_an_image_column_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "url,title\ns3://b/1.jpg,Mug\n")
    with pytest.raises(ManifestError) as info:
        read_manifest("listing_qc", path)
    message = str(info.value)
    assert "'image' column" in message and str(path) in message
    assert "allowed: image, title, description, category, categories, policy, job_id" in message


def test_an_empty_file_is_refused_for_its_missing_header(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="found nothing"):
        read_manifest("listing_qc", write(tmp_path, ""))


def test_unknown_columns_are_named(tmp_path: Path) -> None:
    path = write(tmp_path, "image,title,colour,price\ns3://b/1.jpg,Mug,white,10\n")
    with pytest.raises(ManifestError) as info:
        read_manifest("listing_qc", path)
    assert "unknown column(s) colour, price for listing_qc" in str(info.value)


def test_columns_are_checked_for_the_kind_asked(tmp_path: Path) -> None:
    path = write(tmp_path, "image,title\ns3://b/1.jpg,Mug\n")
    with pytest.raises(ManifestError, match=r"unknown column\(s\) title for receipt; "
                                            r"allowed: image, extractor, currency, locale, job_id"):
        read_manifest("receipt", path)


def test_a_bad_row_carries_its_error_while_the_others_parse(tmp_path: Path) -> None:
    path = write(tmp_path, "image,title,job_id\n"
                           "s3://b/1.jpg,ok,\n"
                           "s3://b/2.jpg,bad id,not-a-uuid\n"
                           f"s3://b/3.jpg,{'x' * 301},\n"
                           ",no image,\n"
                           "s3://b/5.jpg,ok too,\n")
    rows = read_manifest("listing_qc", path)
    assert [(r.line, r.payload is not None) for r in rows] == [(2, True), (3, False), (4, False), (5, False),
                                                               (6, True)]
    bad_id, long_title, no_image = (rows[i].error for i in (1, 2, 3))
    assert "job_id" in bad_id and "must be a UUID" in bad_id
    assert "title" in long_title and "300" in long_title
    assert "image" in no_image and "required" in no_image.lower()
    assert rows[0].error is None and rows[4].payload == {"image": "s3://b/5.jpg", "title": "ok too"}


def test_too_many_categories_or_a_bad_policy_name_is_a_row_error(tmp_path: Path) -> None:
    many = "|".join(f"c{i}" for i in range(101))
    path = write(tmp_path, "image,categories,policy\n"
                           f"s3://b/1.jpg,{many},\n"
                           "s3://b/2.jpg,,../etc/passwd\n")
    first, second = read_manifest("listing_qc", path)
    assert first.payload is None and "categories" in first.error
    assert second.payload is None and "policy" in second.error


def test_receipt_rows_carry_currency_and_locale_as_hints(tmp_path: Path) -> None:
    path = write(tmp_path, "image,extractor,currency,locale,job_id\n"
                           "s3://b/r1.png,ocr,INR,en-IN,\n"
                           "s3://b/r2.png,,USD,,\n"
                           "s3://b/r3.png,,,,\n")
    assert [r.payload for r in read_manifest("receipt", path)] == [
        {"image": "s3://b/r1.png", "extractor": "ocr", "hints": {"currency": "INR", "locale": "en-IN"}},
        {"image": "s3://b/r2.png", "hints": {"currency": "USD"}},
        {"image": "s3://b/r3.png"},
    ]


def test_bad_receipt_hints_and_extractors_are_row_errors(tmp_path: Path) -> None:
    path = write(tmp_path, "image,extractor,currency,locale\n"
                           "s3://b/r1.png,,rupees,\n"
                           "s3://b/r2.png,,,EN_in\n"
                           "s3://b/r3.png,gpt,,\n"
                           "s3://b/r4.png,vlm,EUR,de-DE\n")
    rows = read_manifest("receipt", path)
    assert "hints.currency" in rows[0].error
    assert "hints.locale" in rows[1].error
    assert "extractor" in rows[2].error
    assert rows[3].error is None and rows[3].payload["hints"] == {"currency": "EUR", "locale": "de-DE"}


def test_a_missing_file_is_a_manifest_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.csv"
    with pytest.raises(ManifestError, match=r"cannot open manifest .*nope\.csv: No such file or directory"):
        read_manifest("listing_qc", missing)


def test_a_folder_given_as_manifest_is_a_manifest_error(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="cannot open manifest"):
        read_manifest("listing_qc", tmp_path)


def test_a_short_row_leaves_its_missing_cells_empty(tmp_path: Path) -> None:
    path = write(tmp_path, "image,title,description\ns3://b/1.jpg\n")
    assert read_manifest("listing_qc", path) == [ManifestRow(2, {"image": "s3://b/1.jpg"})]


def test_a_row_with_more_cells_than_the_header_is_a_row_error(tmp_path: Path) -> None:
    path = write(tmp_path, "image,title\ns3://b/1.jpg,White mug, 350 ml\n")
    (row,) = read_manifest("listing_qc", path)
    assert row.payload is None and row.error
