"""Turn a bench result into the printed table, the plot and the results section of bench/README.md."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np


def ms(xs: list[float], q: float) -> float:
    return float(np.percentile(xs, q)) * 1000


def _ingest_rows(ing: dict) -> list[str]:
    e, o, b = ing["engine"], ing["ours"], ing["baseline"]
    rows = [
        (
            "embedding engine alone, batches of 32 (ceiling)",
            e["chunks"],
            e["tokens"],
            e["batch_seconds"],
            e["batch_cpu_seconds"],
            None,
        ),
        (
            f"embedding engine alone, one text per call ({e['single_chunks']} chunks)",
            e["single_chunks"],
            e["single_tokens"],
            e["single_seconds"],
            e["single_cpu_seconds"],
            None,
        ),
        (
            "ours: ingest.pipeline.ingest (chunks and statements)",
            o["chunks"],
            o["tokens"],
            o["seconds"],
            o["cpu_seconds"],
            o["peak_rss_mb"],
        ),
        (
            "baseline: LlamaIndex SimpleDirectoryReader → SentenceSplitter → Chroma",
            b["chunks"],
            b["tokens"],
            b["seconds"],
            b["cpu_seconds"],
            b["peak_rss_mb"],
        ),
    ]
    ceiling, ceiling_cpu = e["tokens"] / e["batch_seconds"], e["tokens"] / e["batch_cpu_seconds"]
    base_tps = b["tokens"] / b["seconds"]
    out = [
        "| ingest | chunks | model tokens | wall s | CPU s | chunks/s | tokens/s | tokens/s vs baseline | vs ceiling (wall) | vs ceiling (CPU) | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, n, tok, s, cpu, rss in rows:
        tps = tok / s
        out.append(
            f"| {name} | {n} | {tok} | {s:.1f} | {cpu:.1f} | {n / s:.2f} | {tps:.0f} | {tps / base_tps:.2f}× | {tps / ceiling:.2f}× | "
            f"{tok / cpu / ceiling_cpu:.2f}× | {'' if rss is None else f'{rss:.0f}'} |"
        )
    out += [
        "",
        f"- Best of {len(ing['rounds']['ours'])} round(s) each, rounds in alternating order. Tokens are the model's own (capped at "
        "512, what it reads), so the two chunkers compare fairly; the baseline uses SentenceSplitter's defaults (1024/200 tiktoken "
        "tokens), ours 900/150 characters. CPU s = all threads of the process: the figure least moved by the neighbours' load.",
        *(
            [
                f"- Ours embeds {o['statements']} statements ({o['statement_tokens']} tokens) besides its chunks ({o['chunk_tokens']} tokens), "
                "so that a question embeds only itself (rag/statement_vectors.py); its tokens and tokens/s count both. Time to "
                f"index the same articles: ours {o['seconds']:.1f} s, baseline {b['seconds']:.1f} s ({o['seconds'] / b['seconds']:.2f}×)."
            ]
            if "statements" in o
            else []
        ),
        f"- No-op re-ingest of the same {ing['articles']} articles: {o['noop_seconds']:.2f} s in process "
        f"({o['noop_unchanged']} unchanged, {o['noop_written']} chunks written); {ing['cli_noop_seconds']:.1f} s as `rag ingest` "
        f"(process start to exit, imports and model load included) vs {o['seconds']:.1f} s for the first ingest.",
        f"- Store on disk: ours {ing['ours_store_mb']:.1f} MB (Chroma + BM25 + article texts), baseline {ing['baseline_store_mb']:.1f} MB.",
    ]
    return out


def _query_rows(queries: list[dict]) -> list[str]:
    out = [
        "| chunks | Chroma | ours retrieve p50 / p95 ms | baseline retrieve p50 / p95 ms | retrieve p50 ours / baseline | "
        "ours ask p50 / p95 ms | ask p50, asked again | cold start s | peak RSS ours / baseline MB | server RSS MB | store MB |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for q in queries:
        for mode in ("embedded", "server"):
            o, b = q.get(f"ours_{mode}"), q.get(f"baseline_{mode}")
            if not o:
                continue
            srv = f"{q['server_peak_rss_mb']:.0f}" if mode == "server" else ""
            cached = f"{ms(o['ask_statements_cached'], 50):.0f}" if o.get("ask_statements_cached") else ""
            out.append(
                f"| {q['build']['chunks']:,} | {mode} | {ms(o['retrieve'], 50):.0f} / {ms(o['retrieve'], 95):.0f} | "
                f"{ms(o['baseline_retrieve'], 50):.0f} / {ms(o['baseline_retrieve'], 95):.0f} | "
                f"{ms(o['retrieve'], 50) / ms(o['baseline_retrieve'], 50):.2f}× | {ms(o['ask'], 50):.0f} / {ms(o['ask'], 95):.0f} | "
                f"{cached} | {o['t_first'] - o['t_spawn']:.1f} | "
                f"{o['peak_rss_mb']:.0f} / {b['peak_rss_mb']:.0f} | {srv} | {q['store_mb']:.0f} |"
            )
    return out


def _cold(o: dict) -> str:
    return (
        f"{o['t_first'] - o['t_spawn']:.1f} s = {o['t_import'] - o['t_spawn']:.1f} interpreter and imports + "
        f"{o['t_open'] - o['t_import']:.1f} model load and open + {o['t_first'] - o['t_open']:.1f} first ask"
    )


def table(result: dict) -> str:
    m = result["machine"]
    lines = [
        f"Machine: {m['cores']} cores ({m['cpu']}), {m['mem_gb']} GB RAM, shared with other work "
        f"(load average {m['load_avg_start'][0]:.1f} at start, {m.get('load_avg_end', [float('nan')])[0]:.1f} at end); "
        f"Python {m['python']}, chromadb {m['chromadb']}, llama-index-core {m['llama_index_core']}. "
        f"Mode: {result['mode']}, {result['started']}, {result.get('seconds', 0) / 60:.1f} min.",
        "",
    ]
    if "ingest" in result:
        lines += _ingest_rows(result["ingest"]) + [""]
    if result.get("queries"):
        q0 = result["queries"][0]
        n_q = len(q0["ours_embedded"]["ask"])
        lines += _query_rows(result["queries"])
        lines += [
            "",
            f"- {n_q} real questions per row (half Arabic, half English, on the articles whose vectors are cached), after one "
            "cold first question. retrieve = ArticleQA.retrieve (hybrid: dense + Arabic BM25, fused, top 5); baseline = "
            "LlamaIndex `index.as_retriever(similarity_top_k=5)` (dense only) over the same collection, timed in the same "
            "process alternating with ours question by question; its peak RSS is from a process of its own. ask = ArticleQA.ask "
            "(extractive; statement vectors read from the files ingest writes, rag/statement_vectors.py); 'asked again' "
            "asks the same questions again, statement vectors in memory (embedded mode).",
            "- Cold start = spawn of a fresh process to the first answer: "
            + "; ".join(f"{q['build']['chunks']:,} chunks {_cold(q['ours_embedded'])}" for q in result["queries"])
            + ".",
            f"- Corpora are synthetic, built from {q0['build']['real_vectors']} real chunk vectors: real vectors plus small "
            "noise, texts recombined from real sentences, written into the store's own layout (see bench/vectors.py).",
        ]
        english = [q for q in result["queries"] if q["ours_embedded"].get("english_retrieve")]
        if english:
            lines.append(
                "- English questions, retrieve p50 with their words in Arabic (dictionary senses and the corpus's spellings "
                "of their names, BM25, score fusion; rag/lexicon.py) vs dense only as before, alternating in one process: "
                + "; ".join(
                    f"{q['build']['chunks']:,} chunks {ms(q['ours_embedded']['english_retrieve'], 50):.0f} vs "
                    f"{ms(q['ours_embedded']['english_dense_retrieve'], 50):.0f} ms "
                    f"(+{ms(q['ours_embedded']['english_retrieve'], 50) - ms(q['ours_embedded']['english_dense_retrieve'], 50):.0f} ms)"
                    for q in english
                )
                + "."
            )
        lines.append(
            "- Ingest's write path (Store.write_article) into a store of this size, per article: "
            + "; ".join(
                f"{q['build']['chunks']:,} chunks / {q['writes']['records_before']:,} articles: {np.median(q['writes']['write_seconds']) * 1000:.0f} ms, "
                f"(reading all article records, done once per ingest run: {q['writes']['records_reread_seconds'] * 1000:.0f} ms)"
                for q in result["queries"]
                if "writes" in q
            )
            + "."
        )
        found = [
            (q["build"]["chunks"], q["ours_embedded"]["found"], q["ours_embedded"]["quotes_exact"]) for q in result["queries"]
        ]
        lines.append(
            "- Answers found / quotes exact slices: "
            + ", ".join(f"{n:,}: {f}/{n_q}, {'yes' if ok else 'NO'}" for n, f, ok in found)
        )
    return "\n".join(lines)


def plot(result: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = (1 if "ingest" in result else 0) + (2 if result.get("queries") else 0)
    fig, axes = plt.subplots(1, panels, figsize=(5.2 * panels, 4.2), squeeze=False)
    axes = list(axes[0])
    if "ingest" in result:
        ax = axes.pop(0)
        ing = result["ingest"]
        e = ing["engine"]
        names = ["engine\n(ceiling)", "engine\n1 text/call", "ours", "LlamaIndex\nbaseline"]
        vals = [
            e["tokens"] / e["batch_seconds"],
            e["single_tokens"] / e["single_seconds"],
            ing["ours"]["tokens"] / ing["ours"]["seconds"],
            ing["baseline"]["tokens"] / ing["baseline"]["seconds"],
        ]
        ax.bar(names, vals, color=["#999", "#bbb", "#1f77b4", "#ff7f0e"])
        ax.set_ylabel("model tokens / s")
        ax.set_title(f"Ingest, {ing['articles']} real articles")
    if result.get("queries"):
        sizes = [q["build"]["chunks"] for q in result["queries"]]
        ax = axes.pop(0)
        for key, label, style in [
            ("ours_embedded", "ours retrieve, embedded", ("#1f77b4", "-")),
            ("ours_server", "ours retrieve, server", ("#1f77b4", "--")),
            ("baseline_embedded", "baseline retrieve, embedded", ("#ff7f0e", "-")),
            ("baseline_server", "baseline retrieve, server", ("#ff7f0e", "--")),
        ]:
            if all(key in q for q in result["queries"]):
                field = "baseline_retrieve" if key.startswith("baseline") else "retrieve"
                src = key.replace("baseline", "ours")
                ax.plot(
                    sizes,
                    [ms(q[src][field], 50) for q in result["queries"]],
                    marker="o",
                    color=style[0],
                    ls=style[1],
                    label=label,
                )
        for key, label, ls in [("ours_embedded", "ours ask, embedded", "-"), ("ours_server", "ours ask, server", "--")]:
            if all(key in q for q in result["queries"]):
                ax.plot(
                    sizes, [ms(q[key]["ask"], 50) for q in result["queries"]], marker="s", color="#2ca02c", ls=ls, label=label
                )
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("chunks")
        ax.set_ylabel("median latency, ms")
        ax.set_title("Query latency")
        ax.legend(fontsize=7)
        ax = axes.pop(0)
        ax.plot(sizes, [q["ours_embedded"]["peak_rss_mb"] for q in result["queries"]], marker="o", label="ours, embedded")
        ax.plot(sizes, [q["baseline_embedded"]["peak_rss_mb"] for q in result["queries"]], marker="o", label="baseline, embedded")
        if all("server_peak_rss_mb" in q for q in result["queries"]):
            ax.plot(
                sizes,
                [q["ours_server"]["peak_rss_mb"] for q in result["queries"]],
                marker="o",
                ls="--",
                label="ours client, server mode",
            )
            ax.plot(sizes, [q["server_peak_rss_mb"] for q in result["queries"]], marker="^", ls=":", label="chroma run server")
        ax.plot(sizes, [q["store_mb"] for q in result["queries"]], marker="x", color="#666", label="store on disk")
        ax.set_xscale("log")
        ax.set_xlabel("chunks")
        ax.set_ylabel("MB")
        ax.set_title("Peak RSS and store size")
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def update_readme(readme: Path, result: dict, table_md: str, plot_rel: str, name: str) -> None:
    """Replace this run's own section (one per results name: quick, full, ...), leaving the others."""
    start, end = f"<!-- results:{name}:start -->", f"<!-- results:{name}:end -->"
    section = f"{start}\n## Latest results: {name}\n\n{table_md}\n\n![bench plot]({plot_rel})\n{end}"
    text = readme.read_text(encoding="utf-8") if readme.exists() else "# Benchmarks\n"
    if start not in text:
        text = text.rstrip("\n") + f"\n\n{start}\n{end}\n"
    readme.write_text(re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: section, text, flags=re.S), encoding="utf-8")
