"""shapes.html: the shapes side by side, by area, with the work that moved to another team marked
(not every cell of a shape whose teams merged)."""

from support import open_page


def test_rows_are_grouped_by_area(site, browser):
    open_page(browser, site, "shapes.html")
    areas = [th.text for th in browser.find_elements("css selector", "table.comparison .matrix__area th")]
    expected = [a["name"] for a in site.data()["areas"]]
    assert [a.lower() for a in areas] == [a.lower() for a in expected], f"the area rows are {areas}"


def test_only_work_that_moved_is_marked(site, browser):
    open_page(browser, site, "shapes.html")
    marks = browser.execute_script("""
        return Array.from(document.querySelectorAll('table.comparison td[data-shape]')).map(td =>
          [td.dataset.shape, td.querySelectorAll('.comparison__line--moved').length,
           td.querySelectorAll('.comparison__moved').length]);""")
    by_shape = {}
    for shape, moved, tags in marks:
        assert moved == tags, "a moved line has no 'moved' tag to say so"
        by_shape.setdefault(shape, []).append(moved)
    first = next(iter(by_shape))
    assert sum(by_shape[first]) == 0, f"the first shape ({first}) marks moves against itself"
    for shape, moved in by_shape.items():
        assert sum(1 for m in moved if m) < len(moved), f"every cell of the {shape} shape is marked"
    assert any(sum(m) for m in by_shape.values()), "no shape marks any move: the example has some (cloud)"
