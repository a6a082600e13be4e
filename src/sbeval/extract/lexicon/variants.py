"""Traditional characters of the genre's vocabulary (reports copied from mirror sites) to simplified ones."""

from __future__ import annotations

# One character for one, so that offsets into the text stay valid. Only the words that name
# units, funds, items, balances and list markers: enough to read the arithmetic, not a converter.
_PAIRS = (
    "萬万 億亿 結结 餘余 滾滚 當当 預预 總总 計计 補补 貼贴 費费 繳缴 資资 與与 險险 醫医 療疗 職职 業业 養养"
    " 傷伤 轉转 級级 撥拨 個个 帳账 賬账 戶户 統统 籌筹 額额 數数 較较 長长 減减 積积 項项 為为 達达 約约"
    " 別别 構构 組组 據据 應应 實实 際际 執执 進进 標标 準准 負负 虧亏 後后 診诊 員员 單单 財财 務务 機机"
    " 關关 鄉乡 鎮镇 穩稳 崗岗 喪丧 撫抚 卹恤 勞劳 動动 鑑鉴 鑒鉴 發发 劃划 對对 於于 過过 報报 佔占 點点"
    " 兩两 區区 縣县 從从 來来 種种 類类 規规 條条 憑凭 儲储 週周 腦脑 協协 調调 劑剂 壓压 歲岁"
    " 齡龄 盡尽 產产 況况 現现 環环 節节 續续 繼继 錢钱 銀银 屬属 獎奖 勵励 託托 們们 這这 績绩 評评 價价 內内 滿满 確确 驛驿"
    " 決决 說说 門门 體体 離离"
)
_TABLE = str.maketrans({pair[0]: pair[1] for pair in _PAIRS.split()})


def simplified(text: str) -> str:
    """``text`` with the genre's traditional characters replaced, same length."""
    return text.translate(_TABLE)
