/*
 * A WordPress export (WXR 1.2) of `posts` generated clinic posts without images: an intro,
 * headings, a list and a two-question FAQ section each, so that every post makes the importer
 * write an article, FAQs, a redirect and its import record. Deterministic. (The benchmark's
 * generator, scripts/bench/importWxr.mjs, belongs to the root workspace and adds images.)
 */
const OLD_SITE = 'https://www.stillwater-clinic-blog.example'
const CONDITIONS = ['neck pain', 'low back pain', 'plantar fasciitis', 'tennis elbow', 'sciatica', 'frozen shoulder']

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`

function postHtml(index: number): string {
  const condition = CONDITIONS[index % CONDITIONS.length] ?? 'neck pain'
  return [
    `<!-- wp:paragraph --><p>Post ${index + 1} is about ${condition}: what helps, and when to see a therapist.</p><!-- /wp:paragraph -->`,
    `<!-- wp:heading --><h2>What the first visit looks like</h2><!-- /wp:heading -->`,
    `<!-- wp:paragraph --><p>A short movement check, then a plan for the weeks ahead.</p><!-- /wp:paragraph -->`,
    `<!-- wp:list --><ul><li>Stiffness in the morning</li><li>Pain that spreads</li></ul><!-- /wp:list -->`,
    `<!-- wp:heading --><h2>Frequently asked questions</h2><!-- /wp:heading -->`,
    `<!-- wp:heading {"level":3} --><h3>How many visits will I need for ${condition} (${index + 1})?</h3><!-- /wp:heading -->`,
    `<!-- wp:paragraph --><p>Often three to six, reviewed after the second visit.</p><!-- /wp:paragraph -->`,
    `<!-- wp:heading {"level":3} --><h3>Can I keep training (${index + 1})?</h3><!-- /wp:heading -->`,
    `<!-- wp:paragraph --><p>Usually yes, with a lighter load for a week or two.</p><!-- /wp:paragraph -->`,
  ].join('\n')
}

function item(index: number): string {
  const slug = `stillwater-post-${index + 1}`
  const date = new Date(Date.UTC(2022, 0, 3, 15) + index * 86_400_000)
  const iso = date.toISOString().replace('T', ' ').slice(0, 19)
  return `  <item>
    <title>${cdata(`Living with ${CONDITIONS[index % CONDITIONS.length] ?? 'neck pain'}, part ${index + 1}`)}</title>
    <link>${OLD_SITE}/${slug}/</link>
    <pubDate>${date.toUTCString()}</pubDate>
    <dc:creator>${cdata('rmaalouf')}</dc:creator>
    <guid isPermaLink="false">${OLD_SITE}/?p=${5000 + index}</guid>
    <description></description>
    <content:encoded>${cdata(postHtml(index))}</content:encoded>
    <excerpt:encoded>${cdata('')}</excerpt:encoded>
    <wp:post_id>${5000 + index}</wp:post_id>
    <wp:post_date>${cdata(iso)}</wp:post_date>
    <wp:post_date_gmt>${cdata(iso)}</wp:post_date_gmt>
    <wp:post_name>${cdata(slug)}</wp:post_name>
    <wp:status>${cdata('publish')}</wp:status>
    <wp:post_type>${cdata('post')}</wp:post_type>
  </item>`
}

/** The WXR text of `posts` generated posts. */
export function generatedWxr(posts: number): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Stillwater clinic blog</title>
  <link>${OLD_SITE}</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>${OLD_SITE}</wp:base_site_url>
  <wp:base_blog_url>${OLD_SITE}</wp:base_blog_url>
  <wp:author><wp:author_id>2</wp:author_id><wp:author_login>${cdata('rmaalouf')}</wp:author_login><wp:author_display_name>${cdata('Rana Maalouf')}</wp:author_display_name></wp:author>
${Array.from({ length: posts }, (_, index) => item(index)).join('\n')}
</channel>
</rss>
`
}
