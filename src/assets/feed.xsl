<?xml version="1.0" encoding="utf-8"?>
<!--
  The archive's Atom feeds as a browser shows them: a page in Chinese saying what a feed is, with
  its entries, instead of raw XML. Feed readers ignore it. Every value is written with value-of
  (text, escaped) and the page has no script: nothing of a feed can run. The style is inline, so
  the page needs no other file wherever the path prefix puts the feed.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/atom:feed">
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>订阅源：<xsl:value-of select="atom:title"/></title>
        <style>
          :root { --text: #1d1d1f; --muted: #5f6368; --bg: #fdfcf9; --line: #e3e0d8; --accent: #9b2226; color: var(--text); background: var(--bg);
            font-family: -apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
          @media (prefers-color-scheme: dark) { :root { --text: #e8e6e1; --muted: #a8a59d; --bg: #17181a; --line: #34363a; --accent: #f08a8a; } }
          body { margin: 0 auto; max-width: 40em; padding: 1.5rem 1.25rem 3rem; line-height: 1.8; }
          a { color: var(--accent); }
          .about { border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; color: var(--muted); }
          code { overflow-wrap: anywhere; color: var(--text); }
          ol { padding: 0; list-style: none; }
          li { border-top: 1px solid var(--line); padding: 0.75rem 0; }
          .entry-title { font-size: 1.125rem; }
          .meta, .summary { margin: 0.25rem 0 0; }
          .meta { color: var(--muted); font-size: 0.875rem; }
        </style>
      </head>
      <body>
        <main>
          <h1><xsl:value-of select="atom:title"/></h1>
          <p class="about">这是一个订阅源（Atom 格式），供新闻阅读器使用。把本页的地址
            <code><xsl:value-of select="atom:link[@rel='self']/@href"/></code>
            复制到阅读器里，就能在有新文章时收到。</p>
          <p><xsl:value-of select="atom:subtitle"/></p>
          <p><a href="{atom:link[not(@rel)]/@href}">回到网页</a></p>
          <h2>最新的 <xsl:value-of select="count(atom:entry)"/> 篇</h2>
          <ol>
            <xsl:for-each select="atom:entry">
              <li>
                <a class="entry-title" href="{atom:link/@href}"><xsl:value-of select="atom:title"/></a>
                <p class="meta">
                  <time datetime="{substring(atom:updated, 1, 10)}"><xsl:value-of select="substring(atom:updated, 1, 10)"/></time>
                  <xsl:for-each select="atom:author">
                    <xsl:value-of select="substring('　、', 1 + number(position() > 1), 1)"/>
                    <xsl:value-of select="atom:name"/>
                  </xsl:for-each>
                </p>
                <xsl:if test="atom:summary">
                  <p class="summary"><xsl:value-of select="atom:summary"/></p>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
