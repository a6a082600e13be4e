"""Running LibreOffice headless for one conversion: a private profile, a private output folder, a time
limit and a memory bound; every failure is one Chinese ``ReadError`` naming the original file."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sbeval.parsers.errors import ReadError

TIMEOUT_SECONDS = 60.0  # a report converts in 2-8 s; `sbeval check --timeout` may stop it sooner
MEMORY_BYTES = 2 << 30  # address space of the LibreOffice process (a conversion needs well under 1 GiB)
MAX_INPUT_BYTES = 200 << 20


@dataclass(frozen=True)
class Conversion:
    """How one legacy family is opened (LibreOffice import filter) and what it becomes."""

    what: str  # how a person names the source, for messages
    import_filter: str
    target: str  # suffix of the converted file, without the dot
    export_filter: str


CONVERSIONS = {
    "doc": Conversion("Word/WPS 文字文档", "MS Word 97", "docx", "MS Word 2007 XML"),
    "rtf": Conversion("RTF 文档", "Rich Text Format", "docx", "MS Word 2007 XML"),
    "xls": Conversion("Excel/WPS 电子表格", "MS Excel 97", "xlsx", "Calc MS Excel 2007 XML"),
}


def find_office() -> str | None:
    """The LibreOffice command on PATH, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(path: Path, family: str, workdir: Path, office: str) -> Path:
    """Convert ``path`` (content of ``family``) into ``workdir``; the converted file, or ``ReadError``."""
    conversion = CONVERSIONS[family]
    name = str(path)
    if path.stat().st_size > MAX_INPUT_BYTES:
        raise ReadError(name, f"文件超过 {MAX_INPUT_BYTES >> 20} MB，不像一份报告，已拒绝转换")
    # A copy under a plain name: LibreOffice leaves lock files beside what it opens, and odd names
    # (spaces, a leading dash) never reach its command line.
    source = workdir / f"source.{'doc' if conversion.target == 'docx' else 'xls'}"
    shutil.copyfile(path, source)
    out = workdir / "out"
    command = [office, f"-env:UserInstallation={(workdir / 'profile').as_uri()}", "--headless", "--norestore",
               "--nolockcheck", "--nodefault", "--nologo", f"--infilter={conversion.import_filter}",
               "--convert-to", f"{conversion.target}:{conversion.export_filter}", "--outdir", str(out), str(source)]
    try:
        _run(command)
    except subprocess.TimeoutExpired:
        raise ReadError(name, f"LibreOffice 转换超时（超过 {TIMEOUT_SECONDS:g} 秒），已中止；{_advice(family)}") from None
    except OSError as err:
        raise ReadError(name, f"无法启动 LibreOffice（{office}）：{err.strerror or err}") from None
    result = out / f"source.{conversion.target}"
    if not result.is_file() or result.stat().st_size == 0:
        raise ReadError(name, f"LibreOffice 无法打开该{conversion.what}，文件可能已损坏或有密码保护；{_advice(family)}")
    return result


def no_office_message(suffix: str, family: str) -> str:
    what = CONVERSIONS[family].what
    return f"读取 {suffix} 格式的{what}需要 LibreOffice，但未找到 soffice 命令；{_advice(family)}，或安装 LibreOffice 后重试"


def _advice(family: str) -> str:
    if family == "xls":
        return "请在 Excel 或 WPS 中另存为 .xlsx"
    return "请在 Word 或 WPS 中另存为 .docx"


def _run(command: list[str]) -> None:
    """Run ``command`` in its own process group; on time-out the whole group is killed."""
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True, preexec_fn=_limit_memory)
    try:
        process.wait(timeout=TIMEOUT_SECONDS)
    finally:
        _kill_group(process)


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    # soffice is a launcher: the converter is its child, and may outlive a launcher that timed out.
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.wait()


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
