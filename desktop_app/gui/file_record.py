"""One file of the loaded columns as a record: the details pane's FileInfo, the policy's facts.

Kept apart from the model, which is about rows (loading, sorting, filtering, decisions):
these read one file's values out of the columns, the decisions in memory and the groups
of copies, for the few files whose details or reason are asked for.
"""

from __future__ import annotations

from desktop_app.core.policy import FileFacts
from desktop_app.core.scanner import sp_codes
from desktop_app.core.store import FLAG_BAD_NAME, FLAG_DUP_KEEPER, FLAG_PLACEHOLDER, FLAG_UNREADABLE
from desktop_app.gui.copy_groups import CopyGroups
from desktop_app.gui.decision_state import DecisionState
from desktop_app.gui.file_cells import FileInfo
from desktop_app.gui.file_columns import FileColumns


def rule_id(cols: FileColumns, index: int) -> str:
    """The id of the policy rule that made the file's suggestion."""
    return cols.rule_ids[cols.rule[index]] if cols.rule_ids else ""


def file_info(cols: FileColumns, state: DecisionState, copies: CopyGroups, index: int) -> FileInfo:
    """Everything about one file (by file index, not row)."""
    group = cols.dup_group.get(index)
    flags = cols.flags[index]
    return FileInfo(
        index=index,
        file_id=cols.file_id[index],
        root_id=cols.root_id,
        folder=cols.folder_rel[cols.folder[index]],
        name=cols.name[index],
        rel=cols.rel(index),
        path=cols.path(index),
        size=cols.size[index],
        mtime_ns=cols.mtime[index],
        category=cols.category[index],
        suggestion=cols.suggestion[index],
        rule=rule_id(cols, index),
        protected=bool(cols.protected[index]),
        decision=state.decision[index],
        source=state.source_name(index),
        decided_at=state.decided_at(index),
        changed=state.changed(index),
        dup_group=group,
        sp_codes=sp_codes(cols.sp.get(index, 0)),
        copies=len(copies.members(group)) if group is not None else 1,
        keeper=copies.keeper_rel(group) if group is not None else "",
        is_keeper=group is not None and bool(flags & FLAG_DUP_KEEPER),
        inherited_from=state.inherited_from(index),
        placeholder=bool(flags & FLAG_PLACEHOLDER),
        unreadable=bool(flags & FLAG_UNREADABLE),
        bad_name=bool(flags & FLAG_BAD_NAME),
    )


def file_facts(cols: FileColumns, copies: CopyGroups, index: int) -> FileFacts:
    """The policy's view of one file, for the words of its reason."""
    folder = cols.folder_rel[cols.folder[index]]
    group = cols.dup_group.get(index)
    if group is None:
        return FileFacts(
            cols.name[index], folder, cols.category[index], cols.size[index], cols.mtime[index]
        )
    return FileFacts(
        cols.name[index],
        folder,
        cols.category[index],
        cols.size[index],
        cols.mtime[index],
        duplicate=not cols.flags[index] & FLAG_DUP_KEEPER,
        copies=len(copies.members(group)),
        keeper=copies.keeper_rel(group),
    )
