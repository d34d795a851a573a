# tunix-rt server image: the GraphQL API, the built dashboard, and the run worker (same image,
# another command). Used by docker-compose.yml; build with `docker build -t tunix-rt .`.
#
#   docker run -p 4000:4000 -e DATABASE_URL=postgresql://... -e REDIS_URL=redis://... tunix-rt
#   docker run -e DATABASE_URL=... tunix-rt node server/bin/tunix-rt.js migrate
FROM node:20-bookworm-slim

WORKDIR /app

# package-lock.json is written by npm 11; the image ships npm 10.
RUN npm install -g npm@11 && npm --version

# Dependencies first, so that a code change does not reinstall them. `npm ci` runs the postinstall
# script (prisma generate, with a stub instead of the native engine), which needs prisma/ and tools/.
# devDependencies are kept on purpose: the server applies migrations at start through the WASM
# schema engine (prisma, @prisma/schema-engine-wasm) and runs TypeScript through tsx, and the
# dashboard is built with vite. No browser is downloaded (the e2e workspace is not used here).
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
COPY package.json package-lock.json prisma.config.ts ./
COPY server/package.json server/
COPY web/package.json web/
COPY e2e/package.json e2e/
COPY prisma prisma
COPY tools tools
RUN npm ci && npm cache clean --force

COPY . .
RUN npm run build -w web

# Without DATABASE_URL the server keeps an embedded database in DATA_DIR: give it a writable place.
RUN mkdir -p /data && chown node:node /data
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/data
USER node
EXPOSE 4000

# The CLI handles SIGTERM (closes the HTTP server, the event bus and the database).
CMD ["node", "server/bin/tunix-rt.js", "serve"]
