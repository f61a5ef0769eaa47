# syntax=docker/dockerfile:1
#
# Images for docker-compose.yml (build one with `docker build --target api .`):
#   api     the NestJS API on :3000   node -r @swc-node/register apps/api/src/main.ts
#   worker  the BullMQ worker         node -r @swc-node/register apps/worker/src/main.ts
#           (the api image also runs the migrations: tools/db/migrate.ts)
#   admin   the admin SPA, built by Vite and served by nginx on :8080, which
#           proxies /graphql, /api and /health to the api service
# The TypeScript runs through @swc-node/register as in development, so the
# dev dependencies are installed too.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- dependencies ------------------------------------------------------------
# Only the manifests (package.json, package-lock.json, apps/*/package.json, the
# npm workspaces), so the `npm ci` layer is reused until one of them changes.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN find . -mindepth 1 -maxdepth 1 ! -name package.json ! -name package-lock.json ! -name apps -exec rm -rf {} + \
 && find apps -type f ! -name package.json -delete \
 && find apps -type d -empty -delete

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV CI=true \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
# The lockfile is written by npm 11, and Vite 8 does not install with the
# npm 10 that Node 20 images ship.
RUN npm install -g npm@11
COPY --from=manifests /src/ ./
RUN npm ci

# ---- sources -----------------------------------------------------------------
FROM deps AS source
COPY . .

# ---- api ---------------------------------------------------------------------
FROM source AS api
ENV NODE_ENV=production \
    SWC_NODE_PROJECT=tsconfig.base.json \
    API_HOST=0.0.0.0 \
    API_PORT=3000 \
    STORAGE_DIR=/var/lib/quan-triet/files
# Uploaded files (study materials, essay attachments); docker-compose mounts a volume here.
RUN mkdir -p /var/lib/quan-triet/files && chown node:node /var/lib/quan-triet/files
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.API_PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "-r", "@swc-node/register", "apps/api/src/main.ts"]

# ---- worker ------------------------------------------------------------------
FROM source AS worker
ENV NODE_ENV=production \
    SWC_NODE_PROJECT=tsconfig.base.json
USER node
CMD ["node", "-r", "@swc-node/register", "apps/worker/src/main.ts"]

# ---- admin -------------------------------------------------------------------
FROM source AS admin-build
# The SPA calls /graphql and /api on its own origin; nginx proxies them.
RUN npx vite build --config apps/admin/vite.config.ts

FROM nginx:1.27-alpine AS admin
COPY tools/docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=admin-build /app/dist/apps/admin /usr/share/nginx/html
EXPOSE 8080
