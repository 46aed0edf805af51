"""Empty lists say what they hold and how to fill them; the hint leaves with the first row."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView, QTreeWidget, QTreeWidgetItem

from gusp_desktop.ui.widgets.empty_hint import show_when_empty


def test_tree_widget_hint_follows_its_items(qtbot) -> None:
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    hint = show_when_empty(tree, "Aucune séance.")
    tree.show()
    qtbot.waitExposed(tree)
    assert hint.label.isVisible() and hint.label.text() == "Aucune séance."
    assert hint.label.width() > 0 and hint.label.height() == tree.viewport().height()
    tree.addTopLevelItem(QTreeWidgetItem(["COTECH-IQ n° 1"]))
    assert not hint.label.isVisible()
    tree.clear()
    assert hint.label.isVisible()


def test_table_over_a_filter_proxy_says_nothing_matches(qtbot) -> None:
    source = QStandardItemModel()
    for word in ("encombrants", "éclairage"):
        source.appendRow(QStandardItem(word))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    table = QTableView()
    table.setModel(proxy)
    qtbot.addWidget(table)
    hint = show_when_empty(table, "Aucune action ne correspond aux filtres.")
    table.show()
    qtbot.waitExposed(table)
    assert not hint.label.isVisible()
    proxy.setFilterFixedString("zzz")
    assert hint.label.isVisible()
    proxy.setFilterFixedString("")
    assert not hint.label.isVisible()


def test_hint_lets_clicks_through_to_the_view(qtbot) -> None:
    from PySide6.QtCore import Qt

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    hint = show_when_empty(tree, "Vide")
    assert hint.label.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


def test_destroying_a_filled_view_is_quiet(qtbot) -> None:
    """Qt empties the model while the view dies: the hint must not touch the dead view."""
    import shiboken6

    tree = QTreeWidget()
    show_when_empty(tree, "Vide")
    tree.addTopLevelItem(QTreeWidgetItem(["x"]))
    shiboken6.delete(tree)
    assert not shiboken6.isValid(tree)
