"""Serve a GGUF model on loopback with an OpenAI-compatible API (llama.cpp in-process, via the xllamacpp wheel).

Used by the `llm`-marked tests, and handy to try llm mode without installing a model server:

    python scripts/fetch_test_model.py
    python scripts/serve_test_model.py --port 8080 &
    RAG_ANSWER_MODE=llm RAG_LLM_BASE_URL=http://127.0.0.1:8080/v1 rag ask "ماذا قال بوتين عن سوريا؟"

Prints one line "listening on http://127.0.0.1:PORT" once the model is loaded, then serves until SIGTERM or SIGINT.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = ROOT / "models" / "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--alias", default="local", help="model name the API reports (RAG_LLM_MODEL)")
    parser.add_argument("--ctx", type=int, default=4096, help="context size in tokens")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    if not args.model.is_file():
        sys.exit(f"{args.model} is missing: run python scripts/fetch_test_model.py first")
    try:
        import xllamacpp
    except ImportError:
        sys.exit("xllamacpp is not installed: pip install -e '.[llm-test]'")

    params = xllamacpp.CommonParams()
    params.model.path = str(args.model)
    params.model_alias = {args.alias}
    params.hostnames = ["127.0.0.1"]  # loopback only: this is a test server without an API key
    params.port = args.port
    params.n_ctx = args.ctx
    params.n_parallel = 1
    params.cpuparams.n_threads = args.threads
    params.cpuparams_batch.n_threads = args.threads

    # Blocked before the server starts its threads, so they inherit the mask and only sigwait sees the signal.
    stop = {signal.SIGTERM, signal.SIGINT}
    signal.pthread_sigmask(signal.SIG_BLOCK, stop)
    server = xllamacpp.Server(params)
    print(f"listening on {server.listening_address}", flush=True)
    signal.sigwait(stop)
    del server


if __name__ == "__main__":
    main()
