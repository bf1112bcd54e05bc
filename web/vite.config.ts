import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import solid from "vite-plugin-solid";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [
    solid(),
    VitePWA({
      // main.tsx registers the worker itself, after the page has loaded.
      injectRegister: false,
      registerType: "autoUpdate",
      manifest: {
        name: "Rapport",
        short_name: "Rapport",
        description: "Plan, meet and follow up at medical conferences.",
        start_url: "/today",
        scope: "/",
        display: "standalone",
        background_color: "#f7f8fa",
        theme_color: "#1f4e79",
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
          {
            src: "/icons/icon-maskable-512.png",
            sizes: "512x512",
            type: "image/png",
            purpose: "maskable",
          },
        ],
      },
      workbox: {
        // The app shell: every page's code and styles, so that any page opens offline.
        globPatterns: ["**/*.{js,css,html,png,webmanifest}"],
        globIgnores: ["samples/**"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // The API answers the day page and the card read, from the last visit online: the
        // network first (its answer is kept), the kept answer when the network fails or takes
        // too long. Changes never pass here; they go through the page's queue.
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin &&
              (/^\/api\/(me|health|conferences|me\/card\.vcf)$/.test(url.pathname) ||
                /^\/api\/conferences\/[A-Za-z0-9_-]+\/day-of$/.test(url.pathname)),
            method: "GET",
            handler: "NetworkFirst",
            options: {
              // Named in web/src/offline/register.ts, which empties it on signing out.
              cacheName: "rapport-api",
              networkTimeoutSeconds: 6,
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
});
