# The site as a container: Node 20 slim, a multi-stage build, run as a non-root user.
# NOT TESTED: the project's build machine has no Docker daemon and no image registry. The same
# standalone server, started by the same launcher, is checked by `npm run test:standalone`
# (scripts/smoke-standalone.mjs), which assembles .next/standalone exactly as the last stage below does.
#
#   docker build -t datacenter-impact .
#   docker run -p 3000:3000 -e SITE_URL=https://example.org datacenter-impact
#
# Put a cache in front (nginx with deploy/nginx.conf, or a CDN): see README, "Deploy".

FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts

FROM node:20-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
ENV NEXT_OUTPUT=standalone
RUN npx next build

FROM node:20-slim AS run
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    NODE_OPTIONS=--max-old-space-size=384 \
    MALLOC_ARENA_MAX=2
# the standalone server with the packages the charts load at run time (next.config.ts), then the
# files it serves and reads: static assets, public/ and the data
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/data ./data
# the launcher `npm start` uses (scripts/start.mjs): beside server.js it runs it twice, the public server
# on PORT and a render server on 127.0.0.1 that draws new views off the public server's event loop
COPY --from=build --chown=node:node /app/scripts/start.mjs ./start.mjs
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "start.mjs"]
