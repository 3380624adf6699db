# Rejoinder: slim, non-root, migrates then serves on 0.0.0.0:8000.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /srv/rejoinder
RUN useradd --create-home --uid 10001 rejoinder \
    && mkdir /data && chown rejoinder:rejoinder /data

COPY pyproject.toml README.md ./
COPY app ./app
RUN pip install .

COPY migrations ./migrations
COPY templates ./templates

ENV REJOINDER_DATABASE_URL=sqlite:////data/rejoinder.db \
    REJOINDER_HOST=0.0.0.0 \
    REJOINDER_PORT=8000 \
    REJOINDER_MIGRATIONS_DIR=/srv/rejoinder/migrations \
    REJOINDER_TEMPLATES_DIR=/srv/rejoinder/templates

USER rejoinder
VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"

CMD ["sh", "-c", "rejoinder migrate && exec rejoinder serve"]
