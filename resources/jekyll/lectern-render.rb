# SPDX-License-Identifier: GPL-3.0-or-later
#
# Lectern's exact renderer: the site's own Jekyll renders the post being edited.
#
#   ruby lectern-render.rb SITE_ROOT [--safe] [--bundler]
#
# Loads the site once (Jekyll::Site: reset, read, generate; never write), then answers requests
# read from stdin, one JSON object a line, with one JSON line on stdout each:
#   {"id":1,"path":"_posts/2025-01-01-x.md","front_matter":"title: X\n","body":"Hello"}
#     -> {"id":1,"ok":true,"html":"<!DOCTYPE html>…","body_html":"<p>Hello</p>\n","jekyll":"4.3.1"}
#     -> {"id":1,"ok":false,"error":"Liquid syntax error …","line":3}
#   {"id":2,"cmd":"sass","path":"assets/css/style.scss"}   (path optional: the first .scss/.sass page)
#     -> {"id":2,"ok":true,"css":"…","path":"assets/css/style.scss","jekyll":"4.3.1"}
# The first line written is {"ready":true,"jekyll":"4.3.1","safe":false} once the site is loaded,
# or {"fatal":"…","missing":"gem name"} (then exit 3) when Jekyll or a gem the site needs is absent.
# The post's text comes from the request (the editor's unsaved text), never from its file. The site
# is read again when _config.yml, _layouts, _includes, _data, _posts, _drafts or _plugins change.
# --safe is Jekyll's safe mode (no _plugins, only whitelisted plugin gems): Lectern passes it for
# sites the user has not trusted. Without --bundler the site's Gemfile is never loaded.

require "json"

PROTOCOL = $stdout.dup
PROTOCOL.sync = true
$stdout.reopen($stderr) # plugins and Jekyll's logger must not write into the protocol
$stdout.sync = true

def answer(object)
  PROTOCOL.write(JSON.generate(object) + "\n")
end

root = ARGV[0]
safe = ARGV.include?("--safe")
bundler = ARGV.include?("--bundler")
unless root && File.directory?(root)
  answer("fatal" => "no site folder: #{root.inspect}")
  exit 2
end
root = File.realpath(root)
ENV["JEKYLL_NO_BUNDLER_REQUIRE"] = "true" unless bundler

begin
  require "jekyll"
rescue LoadError => e
  answer("fatal" => e.message, "missing" => "jekyll")
  exit 3
end

module LecternRender
  WATCHED = %w(_config.yml _config.yaml _layouts _includes _data _posts _drafts _plugins).freeze

  class Session
    attr_reader :site

    def initialize(root, safe, bundler)
      @root = root
      @safe = safe
      @bundler = bundler
      load_site
    end

    # The files whose change means the site must be read again: their count and newest mtime.
    # Directories count too, so that a deleted file (its folder's mtime changes) is seen.
    def signature
      newest = 0
      count = 0
      WATCHED.each do |name|
        base = File.join(@root, name)
        next unless File.exist?(base)
        paths = File.directory?(base) ? [base] + Dir.glob(File.join(base, "**", "*")) : [base]
        paths.each do |p|
          m = File.mtime(p).to_f rescue 0
          newest = m if m > newest
          count += 1
        end
      end
      [count, newest]
    end

    def load_site
      @signature = signature
      Jekyll.logger.log_level = :error
      overrides = {
        "source"             => @root,
        "destination"        => File.join(@root, "_site"), # never written: site.write is never called
        "safe"               => @safe,
        "quiet"              => true,
        "watch"              => false,
        "serving"            => false,
        "incremental"        => false,
        "disable_disk_cache" => true, # no .jekyll-cache in the site
      }
      config = Jekyll.configuration(overrides)
      config["disable_disk_cache"] = true
      config["safe"] = @safe
      Jekyll::PluginManager.require_from_bundler if @bundler
      @site = Jekyll::Site.new(config)
      @site.reset
      @site.read
      begin
        @site.generate
      rescue StandardError => e
        # A generator that fails (pagination on an odd site) still leaves the posts renderable.
        Jekyll.logger.warn "Lectern:", "generate failed: #{e.message}"
      end
    end

    def refresh
      now = signature
      load_site if now != @signature
    end

    def collection_for(rel)
      return @site.posts if rel.start_with?("_drafts/", "_posts/") || rel.include?("/_posts/") || rel.include?("/_drafts/")

      @site.collections.values.find { |c| rel.start_with?(c.relative_directory + "/") }
    end

    # The post as the editor has it: the site's defaults, then the given front matter and body.
    def document_for(rel, front_matter, body)
      collection = collection_for(rel)
      raise ArgumentError, "#{rel} is not a post or a collection document" unless collection

      path = File.join(@root, rel)
      doc = Jekyll::Document.new(path, :site => @site, :collection => collection)
      doc.send(:merge_defaults)
      data = front_matter.to_s.strip.empty? ? {} : Jekyll::Utils.safe_load_yaml(front_matter)
      raise ArgumentError, "the front matter is not a YAML mapping" unless data.nil? || data.is_a?(Hash)

      doc.merge_data!(data, :source => "YAML front matter") if data
      doc.content = body.to_s
      doc.send(:read_post_data)
      # The site's own list holds this text too (site.posts in layouts, previous/next).
      docs = collection.docs
      index = docs.index { |d| d.relative_path == doc.relative_path }
      if index
        docs[index] = doc
      else
        docs << doc
        docs.sort!
      end
      # Parsed templates are cached by file name; the body is new text.
      cache = @site.liquid_renderer.cache
      cache.delete(rel)
      cache.delete(path)
      doc
    end

    def render(request)
      refresh
      rel = request["path"].to_s.sub(%r!\A/+!, "")
      doc = document_for(rel, request["front_matter"], request["body"])
      html = Jekyll::Renderer.new(@site, doc).run
      { "ok" => true, "html" => html, "body_html" => doc.content.to_s }
    end

    def sass(request)
      refresh
      wanted = request["path"].to_s.sub(%r!\A/+!, "")
      page = @site.pages.find { |p| !wanted.empty? && p.relative_path == wanted } ||
             @site.pages.find { |p| wanted.empty? && %w(.scss .sass).include?(p.ext) }
      return { "ok" => false, "error" => "no Sass stylesheet #{wanted}" } unless page

      page.content = File.read(page.path).sub(Jekyll::Document::YAML_FRONT_MATTER_REGEXP, "") if File.exist?(page.path)
      css = Jekyll::Renderer.new(@site, page).run
      # The preview serves no source map; the converter adds the comment only on some runs.
      css = css.sub(%r!\n*/\*# sourceMappingURL=[^*]*\*/\s*\z!, "").rstrip + "\n"
      { "ok" => true, "css" => css, "path" => page.relative_path, "url" => page.url }
    end
  end

  def self.line_of(error)
    return error.line_number if error.respond_to?(:line_number) && error.line_number
    return error.line if error.respond_to?(:line) && error.line.is_a?(Integer)
    return Regexp.last_match(1).to_i if error.message =~ %r!line (\d+)!

    nil
  end

  # A LoadError names the gem (or file) the site wants and this Ruby lacks.
  def self.missing_of(error)
    case error
    when LoadError then error.path || error.message[%r!-- (\S+)!, 1]
    when Jekyll::Errors::MissingDependencyException then error.message[%r!\A\s*(\S+)!, 1]
    end
  end
end

begin
  session = LecternRender::Session.new(root, safe, bundler)
rescue LoadError, Jekyll::Errors::MissingDependencyException => e
  answer("fatal" => e.message, "missing" => LecternRender.missing_of(e).to_s)
  exit 3
rescue Exception => e # rubocop:disable Lint/RescueException
  answer("fatal" => "#{e.class}: #{e.message}")
  exit 4
end
answer("ready" => true, "jekyll" => Jekyll::VERSION, "safe" => safe)

$stdin.each_line do |line|
  line = line.strip
  next if line.empty?

  id = nil
  begin
    request = JSON.parse(line)
    id = request["id"]
    reply = case request["cmd"]
            when nil, "render" then session.render(request)
            when "sass" then session.sass(request)
            when "sleep" # for Lectern's tests of its timeout: only with LECTERN_HELPER_TEST=1
              raise ArgumentError, "unknown command sleep" unless ENV["LECTERN_HELPER_TEST"] == "1"

              sleep(request["seconds"].to_f)
              { "ok" => true }
            when "exit"
              raise ArgumentError, "unknown command exit" unless ENV["LECTERN_HELPER_TEST"] == "1"

              exit!(9)
            else
              raise ArgumentError, "unknown command #{request["cmd"]}"
            end
    answer({ "id" => id, "jekyll" => Jekyll::VERSION }.merge(reply))
  rescue StandardError, SyntaxError, ScriptError => e
    reply = { "id" => id, "ok" => false, "error" => e.message.to_s.strip, "jekyll" => Jekyll::VERSION }
    line_number = LecternRender.line_of(e)
    reply["line"] = line_number if line_number
    answer(reply)
  end
end
